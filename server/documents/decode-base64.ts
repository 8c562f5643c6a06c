import { ApiError } from "../http/api-error.ts";
import { MAX_DOCUMENT_BYTES, tooLarge } from "./inspect-document.ts";

const DATA_URL_PREFIX = /^data:[a-z0-9.+-]+\/[a-z0-9.+-]+;base64,/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes a seed 004 base64 document strictly. Node's decoder skips any
 * character it doesn't know, so "%%%" would become a few garbage bytes; we refuse
 * instead (400 `invalid_base64`, with the field). Line breaks (MIME base64) and a
 * `data:…;base64,` prefix are accepted; the prefix's type is ignored like any
 * declared type. Too long once decoded: 413 `document_too_large`.
 *
 * @example decodeBase64Document("data:image/png;base64,iVBORw0KGgo…", "identityDocumentFront")
 */
export function decodeBase64Document(text: string, field: string): Uint8Array {
  const body = text.replace(DATA_URL_PREFIX, "").replace(/[\r\n\t ]/g, "");
  if (body.length === 0 || !BASE64.test(body) || body.length % 4 === 1 || (body.includes("=") && body.length % 4 !== 0)) {
    throw new ApiError(400, "invalid_base64", `${field} is not valid base64: send the file's bytes base64-encoded (A–Z, a–z, 0–9, +, /, = padding).`, [
      { path: field, code: "invalid_base64", message: "Not valid base64." },
    ]);
  }
  // Every 4 characters carry 3 bytes: refuse before allocating the decoded buffer.
  if (Math.floor((body.length * 3) / 4) - (body.endsWith("==") ? 2 : body.endsWith("=") ? 1 : 0) > MAX_DOCUMENT_BYTES) throw tooLarge();
  return new Uint8Array(Buffer.from(body, "base64"));
}
