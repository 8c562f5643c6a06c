// @vitest-environment happy-dom
import jsQR from "jsqr";
import { h, render as renderPreact } from "preact";
import { describe, expect, it } from "vitest";
import { QrCode } from "../../widget/app/components/qr/QrCode.tsx";
import { encodeQr } from "../../widget/app/components/qr/qr-encode.ts";

/** Draws the module matrix as QrCode.tsx does (4-module quiet zone, dark on white), `scale` pixels a module, RGBA. */
function render(modules: boolean[][], scale = 4): { data: Uint8ClampedArray; width: number; height: number } {
  const size = (modules.length + 8) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  modules.forEach((row, y) => row.forEach((dark, x) => {
    if (!dark) return;
    for (let py = 0; py < scale; py++) {
      for (let px = 0; px < scale; px++) {
        const i = (((y + 4) * scale + py) * size + (x + 4) * scale + px) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }));
  return { data, width: size, height: size };
}

const decodeMatrix = (modules: boolean[][]) => {
  const { data, width, height } = render(modules);
  return jsQR(data, width, height, { inversionAttempts: "dontInvert" });
};
const decode = (text: string) => decodeMatrix(encodeQr(text));

// ISO/IEC 18004 tables, written out here rather than taken from the encoder: level M's
// error correction codewords per block and block count, and the alignment pattern centres.
const ECC_M = [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
const BLOCKS_M = [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5];
const ALIGN = [[], [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]];

/** Whether (x, y) is a function module (finder, separator, format, timing, alignment, version). */
function isFunction(ver: number, x: number, y: number): boolean {
  const size = ver * 4 + 17;
  if ((x < 9 && y < 9) || (x >= size - 8 && y < 9) || (x < 9 && y >= size - 8) || x === 6 || y === 6) return true;
  const centres = ALIGN[ver]!, last = centres.length - 1;
  for (const [i, cx] of centres.entries()) {
    for (const [j, cy] of centres.entries()) {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) continue;
      if (Math.abs(x - cx) <= 2 && Math.abs(y - cy) <= 2) return true;
    }
  }
  return ver >= 7 && ((x >= size - 11 && x <= size - 9 && y <= 5) || (y >= size - 11 && y <= size - 9 && x <= 5));
}

/** Data module positions in reading order (the two-column zigzag from the bottom right). */
function dataPositions(ver: number): Array<[number, number]> {
  const size = ver * 4 + 17, result: Array<[number, number]> = [];
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < size; vert++) {
      const y = ((right + 1) & 2) === 0 ? size - 1 - vert : vert;
      for (const x of [right, right - 1]) if (!isFunction(ver, x, y)) result.push([x, y]);
    }
  }
  return result;
}

/**
 * The symbol with its first `perBlock × blocks` codewords inverted: the codewords are
 * interleaved, so that is `perBlock` wrong codewords in every block. Reed–Solomon
 * corrects up to ecc/2 per block, so a correct symbol still decodes with exactly ecc/2
 * wrong codewords per block; one the encoder already got wrong anywhere does not.
 */
function corrupt(modules: boolean[][], perBlock: number): boolean[][] {
  const ver = (modules.length - 17) / 4;
  const copy = modules.map((row) => row.slice());
  const positions = dataPositions(ver);
  for (let bit = 0; bit < perBlock * BLOCKS_M[ver]! * 8; bit++) {
    const [x, y] = positions[bit]!;
    copy[y]![x] = !copy[y]![x];
  }
  return copy;
}

/**
 * The hand-written encoder (widget/app/components/qr/) checked by an independent
 * decoder: jsQR must read back exactly the text, for every version the encoder
 * can produce (1–10, level M) and for a realistic handoff URL.
 */
describe("QR encoder, decoded by jsQR", () => {
  // As server/handoff/handoff-routes.ts builds it: public URL, /handoff/, a 32-byte base64url token, the locale.
  const handoff = "https://onboarding.payments.acme-bank.example.com/handoff/" + "Qx7fK2mP9vL4sT8wN3bR6yH1jD5gC0zA_k-Ee8uWq4o" + "?locale=pt-BR";

  it("encodes a realistic handoff URL (~120 characters) that decodes to the same URL", () => {
    expect(handoff.length).toBeGreaterThanOrEqual(110);
    expect(decode(handoff)?.data).toBe(handoff);
  });

  // Byte lengths that land in each version 1–10 at level M (capacities 14, 26, 42, 62, 84, 106, 122, 152, 180, 213).
  it.each([1, 14, 15, 26, 42, 50, 62, 84, 100, 106, 122, 140, 152, 180, 200, 213])("%i bytes round-trip", (length) => {
    const text = ("https://x.example/h/" + "aB3-_~".repeat(40)).slice(0, length);
    const result = decode(text);
    expect(result?.data).toBe(text);
    expect(result?.version).toBe((encodeQr(text).length - 17) / 4);
  });

  it("the lengths above cover every version the encoder makes (1–10)", () => {
    const versions = new Set([1, 14, 15, 26, 42, 50, 62, 84, 100, 106, 122, 140, 152, 180, 200, 213].map((n) => decode("h".repeat(n))?.version));
    expect([...versions].sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  // Exact: decoding alone would hide a few wrong codewords behind the error correction.
  it.each([1, 14, 26, 42, 62, 84, 106, 122, 152, 180, 213])("%i bytes: every codeword right (decodes with the full error-correction budget spent)", (length) => {
    const text = ("https://x.example/h/" + "aB3-_~".repeat(40)).slice(0, length);
    const modules = encodeQr(text);
    const t = ECC_M[(modules.length - 17) / 4]! / 2;
    expect(decodeMatrix(corrupt(modules, t))?.data).toBe(text);
    expect(decodeMatrix(corrupt(modules, t + 1))).toBeNull();
  });

  it("the handoff URL's symbol is exact too", () => {
    const modules = encodeQr(handoff);
    expect(decodeMatrix(corrupt(modules, ECC_M[(modules.length - 17) / 4]! / 2))?.data).toBe(handoff);
  });

  it("the <QrCode> SVG the widget shows (path, quiet zone, colours) decodes to the URL", () => {
    const host = document.createElement("div");
    renderPreact(h(QrCode, { text: handoff, label: "QR" }), host);
    const svg = host.querySelector("svg.qr")!;
    const size = Number(svg.getAttribute("viewBox")!.split(" ")[2]);
    expect(svg.querySelector("rect")!.getAttribute("fill")).toBe("#ffffff");
    expect(svg.querySelector("path")!.getAttribute("fill")).toBe("#000000");
    // Back from the path's unit squares to modules, quiet zone included, then drawn without another one.
    const grid = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
    for (const [, x, y] of svg.querySelector("path")!.getAttribute("d")!.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) grid[Number(y)]![Number(x)] = true;
    expect(grid.slice(0, 4).flat().some(Boolean)).toBe(false); // the 4-module quiet zone is light
    const modules = grid.slice(4, size - 4).map((row) => row.slice(4, size - 4));
    expect(modules).toEqual(encodeQr(handoff));
    expect(decodeMatrix(modules)?.data).toBe(handoff);
  });

  it("round-trips UTF-8 text", () => {
    const text = "https://onboard.example/ar/متابعة?x=é";
    expect(decode(text)?.data).toBe(text);
  });

  it("refuses text past version 10-M", () => {
    expect(() => encodeQr("x".repeat(214))).toThrow(/too long/);
  });
});
