import type { Context } from "hono";
import { MAX_DOCUMENT_BYTES, tooLarge } from "../documents/inspect-document.ts";
import { ApiError, validationError } from "../http/api-error.ts";

/**
 * Reads the widget's multipart upload (`type`, `file`, and `ubo` for an owner's document). The file's name and declared
 * type are ignored: the documents module decides the type from the bytes (OWASP File Upload).
 */
export async function readUpload(c: Context, types: readonly string[]): Promise<{ type: string; ubo: string | null; bytes: Uint8Array }> {
  if (!/^multipart\/form-data\b/i.test(c.req.header("Content-Type") ?? "")) {
    throw new ApiError(415, "unsupported_media_type", "Send the document as multipart/form-data with fields `type` and `file`.");
  }
  let form: Record<string, string | File>;
  try {
    form = (await c.req.parseBody()) as Record<string, string | File>;
  } catch {
    throw new ApiError(400, "invalid_multipart", "The multipart body could not be parsed.");
  }
  const type = form.type;
  const file = form.file;
  const ubo = form.ubo;
  const issues = [];
  if (ubo !== undefined && (typeof ubo !== "string" || ubo.length > 100)) issues.push({ path: "ubo", code: "invalid_value", message: "Send the owner's id (ubo_…) or leave `ubo` out." });
  if (typeof type !== "string" || !types.includes(type)) issues.push({ path: "type", code: "invalid_value", message: `Expected one of ${types.join(", ")}.` });
  if (!(file instanceof Blob)) issues.push({ path: "file", code: "required", message: "Attach the document as the `file` field." });
  if (issues.length) throw validationError(issues);
  const blob = file as Blob;
  if (blob.size > MAX_DOCUMENT_BYTES) throw tooLarge();
  return { type: type as string, ubo: typeof ubo === "string" && ubo ? ubo : null, bytes: new Uint8Array(await blob.arrayBuffer()) };
}
