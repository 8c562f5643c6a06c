import type { Context } from "hono";
import type { TFieldIssue } from "../../core/errors/field-issue.ts";

/**
 * The response envelope of seed 004 (Sphere), on every response, success or
 * error: `{ ok, object, statusCode, error, message, data, ts, request }`.
 * `object` says what `data` holds: "object", "array" (a page) or "error".
 */
export type TEnvelope<T = unknown> = {
  ok: boolean;
  object: "object" | "array" | "error";
  statusCode: number;
  error: { code: string; message: string; fields?: TFieldIssue[] } | null;
  message: string;
  data: T | null;
  ts: string;
  request: string;
};

export function successBody<T>(c: Context, data: T, status = 200, object: "object" | "array" = "object"): TEnvelope<T> {
  return { ok: true, object, statusCode: status, error: null, message: "success", data, ts: new Date().toISOString(), request: c.get("requestId") };
}

export function errorBody(c: Context, status: number, code: string, message: string, fields?: TFieldIssue[]): TEnvelope<null> {
  const error = fields ? { code, message, fields } : { code, message };
  return { ok: false, object: "error", statusCode: status, error, message, data: null, ts: new Date().toISOString(), request: c.get("requestId") };
}
