import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { imageSize } from "image-size";
import { ApiError } from "../http/api-error.ts";
import { MalformedJpegError, stripJpegMetadata } from "./strip-jpeg-metadata.ts";

/** Stripe's identity document limits (REFERENCES.md): under 10 MB, at most 8000×8000 px. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const MAX_IMAGE_SIDE = 8000;

/** What we store: decided from the bytes, never from a file name or a declared MIME type. */
export const DOCUMENT_CONTENT_TYPES = ["image/jpeg", "image/png", "application/pdf"] as const;
export type TDocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

/** A document ready to store: cleaned bytes, their detected type, pixel size and SHA-256. */
export type TInspectedDocument = {
  bytes: Uint8Array;
  contentType: TDocumentContentType;
  width: number | null;
  height: number | null;
  sha256: string;
};

/**
 * Checks an uploaded file and prepares it for storage (OWASP File Upload):
 * size (413 `document_too_large`), type by magic bytes (415
 * `unsupported_document_type`: executables, archives, HEIC, anything not JPEG,
 * PNG or PDF), pixel size read from the image header without decoding (422
 * `image_too_large`: a small file can declare a huge canvas, a decompression
 * bomb), and strips JPEG metadata (EXIF/GPS). The hash is of the stored bytes.
 *
 * HEIC (iPhone photos) is refused: nothing installed here can decode or
 * re-encode it, and a reviewer's browser can't show it either. The message
 * says to export as JPEG.
 */
export async function inspectDocument(input: Uint8Array): Promise<TInspectedDocument> {
  if (input.length === 0) throw new ApiError(422, "document_empty", "The document is empty: attach the file's content.");
  if (input.length > MAX_DOCUMENT_BYTES) throw tooLarge();
  const detected = await fileTypeFromBuffer(input);
  const mime = detected?.mime as string | undefined;
  if (mime === "image/heic" || mime === "image/heif" || mime === "image/heic-sequence" || mime === "image/heif-sequence") {
    throw new ApiError(415, "unsupported_document_type", "HEIC/HEIF photos are not accepted: export the photo as JPEG (or take a screenshot) and upload that.");
  }
  if (!mime || !(DOCUMENT_CONTENT_TYPES as readonly string[]).includes(mime)) {
    throw new ApiError(415, "unsupported_document_type", `Upload a JPEG, PNG or PDF file; this file is ${detected ? `${detected.ext} (${detected.mime})` : "of an unknown type"}.`);
  }
  const contentType = mime as TDocumentContentType;
  let bytes = input;
  let width: number | null = null;
  let height: number | null = null;
  if (contentType !== "application/pdf") {
    ({ width, height } = pixelSize(input));
    if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
      throw new ApiError(422, "image_too_large", `The image is ${width}×${height} px: at most ${MAX_IMAGE_SIDE}×${MAX_IMAGE_SIDE} px is accepted. Resize it and upload again.`);
    }
    if (contentType === "image/jpeg") bytes = stripJpeg(input);
  }
  return { bytes, contentType, width, height, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** 413: the same answer whether the limit is hit by a multipart file or decoded base64. */
export function tooLarge(): ApiError {
  return new ApiError(413, "document_too_large", `The document is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB: upload a smaller file.`);
}

function pixelSize(bytes: Uint8Array): { width: number; height: number } {
  try {
    const size = imageSize(bytes);
    if (size.width && size.height) return { width: size.width, height: size.height };
  } catch {
    // Reported below.
  }
  throw unreadable();
}

function stripJpeg(bytes: Uint8Array): Uint8Array {
  try {
    return stripJpegMetadata(bytes);
  } catch (error) {
    if (error instanceof MalformedJpegError) throw unreadable();
    throw error;
  }
}

function unreadable(): ApiError {
  return new ApiError(422, "unreadable_document", "The image is damaged or truncated: its header can't be read. Upload the original file.");
}
