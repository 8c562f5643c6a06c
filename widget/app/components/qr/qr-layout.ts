/**
 * Where the modules of a QR code go (ISO/IEC 18004 §7): finder, timing and
 * alignment patterns, format and version information, the data zigzag, the
 * eight masks and the penalty rules that choose one. Follows Project Nayuki's
 * reference implementation (MIT).
 */
type TSet = (x: number, y: number, dark: boolean) => void;
type TMatrix = boolean[][];

const bit = (value: number, i: number) => ((value >>> i) & 1) !== 0;
const FORMAT_BITS_M = 0; // level M's two format bits

function alignmentPositions(ver: number, size: number): number[] {
  if (ver === 1) return [];
  const count = Math.floor(ver / 7) + 2;
  const step = Math.ceil((ver * 4 + 4) / (count * 2 - 2)) * 2;
  const result = [6];
  for (let pos = size - 7; result.length < count; pos -= step) result.splice(1, 0, pos);
  return result;
}

/** Timing, finder, alignment and version patterns, plus a reserved format area. */
export function drawFunctionPatterns(ver: number, size: number, set: TSet): void {
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [[3, 3], [size - 4, 3], [3, size - 4]] as const) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const dist = Math.max(Math.abs(dx), Math.abs(dy));
        const x = cx + dx, y = cy + dy;
        if (x >= 0 && x < size && y >= 0 && y < size) set(x, y, dist !== 2 && dist !== 4);
      }
    }
  }
  const positions = alignmentPositions(ver, size);
  const last = positions.length - 1;
  positions.forEach((px, i) => positions.forEach((py, j) => {
    if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return; // finder corners
    for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) set(px + dx, py + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
  }));
  drawFormat(0, size, set); // reserves the area; the real bits come with the mask
  if (ver >= 7) {
    let rem = ver;
    for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
    const bits = (ver << 12) | rem;
    for (let i = 0; i < 18; i++) {
      const a = size - 11 + (i % 3), b = Math.floor(i / 3);
      set(a, b, bit(bits, i));
      set(b, a, bit(bits, i));
    }
  }
}

/** The 15 format bits (level + mask, BCH-protected), in both copies, and the dark module. */
export function drawFormat(mask: number, size: number, set: TSet): void {
  const data = (FORMAT_BITS_M << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  const bits = ((data << 10) | rem) ^ 0x5412;
  for (let i = 0; i <= 5; i++) set(8, i, bit(bits, i));
  set(8, 7, bit(bits, 6));
  set(8, 8, bit(bits, 7));
  set(7, 8, bit(bits, 8));
  for (let i = 9; i < 15; i++) set(14 - i, 8, bit(bits, i));
  for (let i = 0; i < 8; i++) set(size - 1 - i, 8, bit(bits, i));
  for (let i = 8; i < 15; i++) set(8, size - 15 + i, bit(bits, i));
  set(8, size - 8, true);
}

/** Places the codewords in the two-column zigzag from the bottom right, skipping function modules. */
export function placeData(data: number[], size: number, modules: TMatrix, fixed: TMatrix): TMatrix {
  const result = modules.map((row) => row.slice());
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5; // the vertical timing column
    for (let vert = 0; vert < size; vert++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const y = ((right + 1) & 2) === 0 ? size - 1 - vert : vert;
        if (!fixed[y]![x] && i < data.length * 8) {
          result[y]![x] = bit(data[i >>> 3]!, 7 - (i & 7));
          i++;
        }
      }
    }
  }
  return result;
}

const MASKS: Array<(x: number, y: number) => boolean> = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** A copy with data modules flipped where mask `mask` says so. */
export function applyMask(modules: TMatrix, fixed: TMatrix, mask: number): TMatrix {
  return modules.map((row, y) => row.map((dark, x) => (fixed[y]![x] ? dark : dark !== MASKS[mask]!(x, y))));
}

/**
 * Penalty rules 1, 2 and 4 (runs of five or more, 2×2 blocks, dark/light balance).
 * Rule 3 (finder-like sequences) is left out: any mask decodes; the penalty only
 * picks one that scanners find easier, and three rules do most of that.
 */
export function penalty(modules: TMatrix): number {
  const size = modules.length;
  let score = 0, dark = 0;
  for (let a = 0; a < size; a++) {
    for (const line of [modules[a]!, modules.map((row) => row[a]!)]) {
      let run = 1;
      for (let i = 1; i <= size; i++) {
        if (i < size && line[i] === line[i - 1]) run++;
        else {
          if (run >= 5) score += run - 2;
          run = 1;
        }
      }
    }
    for (let b = 0; b < size; b++) {
      if (modules[a]![b]) dark++;
      if (a + 1 < size && b + 1 < size) {
        const c = modules[a]![b];
        if (c === modules[a]![b + 1] && c === modules[a + 1]![b] && c === modules[a + 1]![b + 1]) score += 3;
      }
    }
  }
  const total = size * size;
  return score + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
}
