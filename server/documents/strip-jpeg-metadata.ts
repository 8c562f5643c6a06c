/**
 * Removes metadata from a JPEG without decoding it: walks the marker segments up
 * to the image data and keeps only what rendering needs. Dropped: APP1 (EXIF,
 * with GPS position, camera serials and times; XMP), APP13 (Photoshop/IPTC,
 * which can carry location too), comments, and every other APPn. Kept: APP0
 * (JFIF), APP2 (ICC colour profile), APP14 (Adobe colour transform), and the
 * tables and frame headers. Everything from start-of-scan on is copied as is.
 *
 * Orientation: a phone photo is often stored sideways with an EXIF Orientation
 * tag telling viewers to rotate it. Without that tag a reviewer would see the ID
 * on its side, so when the tag is present (and not 1, "upright") a minimal EXIF
 * block holding only Orientation is written back. Nothing else survives.
 *
 * @throws MalformedJpegError when the segments don't parse (truncated or forged file).
 * @example const clean = stripJpegMetadata(bytes);
 */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new MalformedJpegError("missing start-of-image marker");
  const kept: Uint8Array[] = [];
  let orientation: number | null = null;
  let pos = 2;
  for (;;) {
    if (pos + 1 >= bytes.length) throw new MalformedJpegError("ends before the image data");
    if (bytes[pos] !== 0xff) throw new MalformedJpegError(`expected a marker at byte ${pos}`);
    // Any number of 0xFF fill bytes may precede a marker (ITU T.81 B.1.1.2).
    while (bytes[pos + 1] === 0xff && pos + 2 < bytes.length) pos++;
    const marker = bytes[pos + 1]!;
    if (marker === 0xda || marker === 0xd9) {
      kept.push(bytes.subarray(pos));
      break;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      kept.push(bytes.subarray(pos, pos + 2));
      pos += 2;
      continue;
    }
    if (pos + 4 > bytes.length) throw new MalformedJpegError("truncated segment header");
    const end = pos + 2 + ((bytes[pos + 2]! << 8) | bytes[pos + 3]!);
    if (end > bytes.length || end < pos + 4) throw new MalformedJpegError(`segment at byte ${pos} runs past the end`);
    const segment = bytes.subarray(pos, end);
    if (marker === 0xe1) orientation ??= exifOrientation(segment.subarray(4));
    if (keepSegment(marker)) kept.push(segment);
    pos = end;
  }
  const head = orientation !== null && orientation !== 1 ? [orientationSegment(orientation)] : [];
  return concat([Uint8Array.of(0xff, 0xd8), ...head, ...kept]);
}

/** A JPEG whose structure doesn't parse. */
export class MalformedJpegError extends Error {
  override readonly name = "MalformedJpegError";
}

/** APPn allowlist: APP0 JFIF, APP2 ICC, APP14 Adobe; comments and other APPn go. Non-APP segments stay. */
function keepSegment(marker: number): boolean {
  if (marker === 0xfe) return false;
  if (marker >= 0xe0 && marker <= 0xef) return marker === 0xe0 || marker === 0xe2 || marker === 0xee;
  return true;
}

/** The Orientation tag (0x0112) of IFD0 in an APP1 "Exif\0\0" payload, or null. */
function exifOrientation(payload: Uint8Array): number | null {
  if (payload.length < 14 || String.fromCharCode(...payload.subarray(0, 6)) !== "Exif\0\0") return null;
  const tiff = new DataView(payload.buffer, payload.byteOffset + 6, payload.length - 6);
  const little = tiff.getUint16(0) === 0x4949; // "II" = Intel order, "MM" = Motorola
  try {
    const ifd = tiff.getUint32(4, little);
    const count = tiff.getUint16(ifd, little);
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      if (tiff.getUint16(entry, little) === 0x0112) {
        const value = tiff.getUint16(entry + 8, little);
        return value >= 1 && value <= 8 ? value : null;
      }
    }
  } catch {
    // Offsets outside the block: treat as no orientation rather than refusing the photo.
  }
  return null;
}

/** APP1 with a big-endian TIFF header and one IFD0 entry: Orientation (SHORT, 1 value). */
function orientationSegment(orientation: number): Uint8Array {
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const payload = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const length = payload.length + 2;
  return Uint8Array.from([0xff, 0xe1, length >> 8, length & 0xff, ...payload]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
