import type { Context } from "hono";
import { issuesFromZod } from "../../core/errors/field-issue.ts";
import { ApiError, validationError } from "./api-error.ts";

type TSafeParser<T> = { safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown } };

/**
 * Reads a JSON body and validates it with a shared core/ schema.
 * An empty body counts as `{}` (seed 002: a customer may be created empty);
 * malformed JSON is a 400, a body of the wrong shape a 422 listing every path.
 */
export async function readJsonBody<T>(c: Context, schema: TSafeParser<T>): Promise<T> {
  const text = await c.req.text();
  let raw: unknown = {};
  if (text.trim() !== "") {
    const type = c.req.header("Content-Type") ?? "";
    if (type && !/^application\/(.+\+)?json\b/i.test(type)) {
      throw new ApiError(415, "unsupported_media_type", `Send JSON with Content-Type: application/json, got "${type}".`);
    }
    try {
      raw = JSON.parse(text);
    } catch {
      throw new ApiError(400, "invalid_json", "The request body is not valid JSON.");
    }
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new ApiError(400, "invalid_body", "The request body must be a JSON object.");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error as never);
    // An inline document too long even as base64 is refused like any oversized one (413),
    // not as a 422 among the other fields: the fix is the same, a smaller file.
    const tooLarge = issues.find((issue) => issue.code === "document_too_large");
    if (tooLarge) throw new ApiError(413, "document_too_large", `${tooLarge.path}: ${tooLarge.message}`, issues.filter((issue) => issue.code === "document_too_large"));
    throw validationError(issues);
  }
  return parsed.data;
}
