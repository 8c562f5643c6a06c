/**
 * A small QR code encoder (ISO/IEC 18004): byte mode, error correction level M,
 * versions 1–10 (up to 213 bytes: a handoff URL is about 100). No QR package is
 * installed and the widget must not fetch one from a third party (CSP, privacy),
 * so this follows Project Nayuki's reference algorithm (MIT) in the fewest lines.
 * @example const modules = encodeQr("https://onboard.example/handoff/abc"); modules[y][x] === true → dark
 */

import { applyMask, drawFormat, drawFunctionPatterns, penalty, placeData } from "./qr-layout";

// Level M, index = version (ISO/IEC 18004 table 9).
const ECC_PER_BLOCK = [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
const BLOCKS = [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5];

/** Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1. */
function gfMultiply(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z;
}

function reedSolomon(data: number[], degree: number): number[] {
  const divisor = new Array<number>(degree).fill(0);
  divisor[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      divisor[j] = gfMultiply(divisor[j]!, root);
      if (j + 1 < degree) divisor[j] = divisor[j]! ^ divisor[j + 1]!;
    }
    root = gfMultiply(root, 0x02);
  }
  const result = new Array<number>(degree).fill(0);
  for (const b of data) {
    const factor = b ^ result.shift()!;
    result.push(0);
    divisor.forEach((coef, i) => (result[i] = result[i]! ^ gfMultiply(coef, factor)));
  }
  return result;
}

function rawModules(ver: number): number {
  let result = (16 * ver + 128) * ver + 64;
  if (ver >= 2) {
    const align = Math.floor(ver / 7) + 2;
    result -= (25 * align - 10) * align - 55;
    if (ver >= 7) result -= 36;
  }
  return result;
}

const dataCodewords = (ver: number) => Math.floor(rawModules(ver) / 8) - ECC_PER_BLOCK[ver]! * BLOCKS[ver]!;

/** Data bytes with mode, length, terminator and padding, split into blocks with their error correction, interleaved. */
function codewords(bytes: Uint8Array, ver: number): number[] {
  const bits: number[] = [];
  const push = (value: number, length: number) => { for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1); };
  push(0b0100, 4);
  push(bytes.length, ver < 10 ? 8 : 16);
  bytes.forEach((b) => push(b, 8));
  const capacity = dataCodewords(ver) * 8;
  push(0, Math.min(4, capacity - bits.length));
  push(0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) push(pad, 8);
  const data: number[] = [];
  for (let i = 0; i < bits.length; i += 8) data.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));

  const blocks = BLOCKS[ver]!, ecc = ECC_PER_BLOCK[ver]!, raw = Math.floor(rawModules(ver) / 8);
  const short = blocks - (raw % blocks), shortLength = Math.floor(raw / blocks);
  const split: number[][] = [];
  for (let i = 0, k = 0; i < blocks; i++) {
    const dat = data.slice(k, (k += shortLength - ecc + (i < short ? 0 : 1)));
    const block = [...dat, ...reedSolomon(dat, ecc)];
    if (i < short) block.splice(dat.length, 0, 0); // placeholder so columns line up; skipped below
    split.push(block);
  }
  const result: number[] = [];
  for (let i = 0; i < split[0]!.length; i++) {
    split.forEach((block, j) => { if (i !== shortLength - ecc || j >= short) result.push(block[i]!); });
  }
  return result;
}

/** Encodes `text` (UTF-8) as a QR code; returns the module matrix without the quiet zone. Throws past version 10. */
export function encodeQr(text: string): boolean[][] {
  const bytes = new TextEncoder().encode(text);
  let ver = 1;
  while (ver <= 10 && dataCodewords(ver) * 8 < 4 + (ver < 10 ? 8 : 16) + bytes.length * 8) ver++;
  if (ver > 10) throw new Error("QR: text too long for version 10-M");
  const size = ver * 4 + 17;
  const modules = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const fixed = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const set = (x: number, y: number, dark: boolean) => { modules[y]![x] = dark; fixed[y]![x] = true; };
  drawFunctionPatterns(ver, size, set);
  const placed = placeData(codewords(bytes, ver), size, modules, fixed);
  let best = 0, bestPenalty = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    const candidate = applyMask(placed, fixed, mask);
    drawFormat(mask, size, (x, y, dark) => (candidate[y]![x] = dark));
    const score = penalty(candidate);
    if (score < bestPenalty) [best, bestPenalty] = [mask, score];
  }
  const result = applyMask(placed, fixed, best);
  drawFormat(best, size, (x, y, dark) => (result[y]![x] = dark));
  return result;
}
