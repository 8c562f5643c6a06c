import { crc32 } from "node:zlib";

/** Test files built byte by byte: only the headers the server reads are real. */

const u16 = (n: number) => [n >> 8, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const ascii = (s: string) => [...s].map((ch) => ch.charCodeAt(0));

/** A marker we can look for: it sits in the EXIF block next to the GPS position. */
export const EXIF_SECRET = "GPS-SECRET-48.8584N";

/** A PNG of the given size (IHDR, an empty IDAT, IEND), with correct CRCs. */
export function png(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: number[]) => {
    const body = [...ascii(type), ...data];
    return [...u32(data.length), ...body, ...u32(crc32(Uint8Array.from(body)))];
  };
  const ihdr = [...u32(width), ...u32(height), 8, 2, 0, 0, 0];
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...chunk("IHDR", ihdr), ...chunk("IDAT", []), ...chunk("IEND", [])]);
}

/**
 * A JPEG whose APP1 EXIF block holds Orientation 6 (rotate 90°), a camera Make
 * and a GPS IFD with a latitude. Segments: SOI, APP0 JFIF, APP1 EXIF, SOF0
 * (640×480), SOS with a few bytes of scan data, EOI.
 */
export function jpegWithGps(): Uint8Array {
  // TIFF, big-endian. IFD0 at 8 with 3 entries: Orientation, Make (offset), GPS IFD pointer.
  const make = [...ascii(EXIF_SECRET), 0];
  const ifd0Size = 2 + 3 * 12 + 4;
  const makeOffset = 8 + ifd0Size;
  const gpsOffset = makeOffset + make.length;
  const tiff = [
    ...ascii("MM"), 0, 0x2a, ...u32(8),
    ...u16(3),
    ...u16(0x0112), ...u16(3), ...u32(1), ...u16(6), 0, 0,
    ...u16(0x010f), ...u16(2), ...u32(make.length), ...u32(makeOffset),
    ...u16(0x8825), ...u16(4), ...u32(1), ...u32(gpsOffset),
    ...u32(0),
    ...make,
    // GPS IFD: GPSLatitudeRef "N".
    ...u16(1), ...u16(0x0001), ...u16(2), ...u32(2), ...ascii("N"), 0, 0, 0, ...u32(0),
  ];
  const app1 = [...ascii("Exif"), 0, 0, ...tiff];
  const app0 = [...ascii("JFIF"), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [8, ...u16(480), ...u16(640), 1, 1, 0x11, 0];
  const sos = [1, 1, 0, 0, 63, 0];
  return Uint8Array.from([
    0xff, 0xd8,
    0xff, 0xe0, ...u16(app0.length + 2), ...app0,
    0xff, 0xe1, ...u16(app1.length + 2), ...app1,
    0xff, 0xc0, ...u16(sof0.length + 2), ...sof0,
    0xff, 0xda, ...u16(sos.length + 2), ...sos,
    0x12, 0x34, 0x56, 0x78,
    0xff, 0xd9,
  ]);
}

/** A Windows executable's first bytes (MZ header and the DOS stub's message). */
export function peExecutable(): Uint8Array {
  const bytes = new Uint8Array(512);
  bytes.set(ascii("MZ"), 0);
  bytes.set(ascii("This program cannot be run in DOS mode."), 78);
  bytes.set([0x50, 0x45, 0, 0], 128);
  bytes[60] = 128;
  return bytes;
}

/** A tiny PDF. */
export function pdf(note = "statement"): Uint8Array {
  return Uint8Array.from(ascii(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${note}\ntrailer << /Root 1 0 R >>\n%%EOF\n`));
}

/** An HEIC file's `ftyp` box (what an iPhone photo starts with). */
export function heic(): Uint8Array {
  return Uint8Array.from([...u32(24), ...ascii("ftypheic"), 0, 0, 0, 0, ...ascii("mif1heic"), ...new Array(64).fill(0)]);
}

export const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

/** True when `needle` occurs in `haystack`. */
export function contains(haystack: Uint8Array, needle: string): boolean {
  return Buffer.from(haystack).includes(Buffer.from(needle, "latin1"));
}
