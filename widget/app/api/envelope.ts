import type { TApiError, TResult } from "./types";

/** The server's response envelope (`{ ok, data, error, statusCode, … }`). */
type TEnvelope = { ok?: boolean; data?: unknown; error?: { code?: string; message?: string; fields?: TApiError["fields"] } };

/** Turns a status + parsed body into a result; anything unexpected becomes a coded error. */
export function fromEnvelope<T>(status: number, body: unknown): TResult<T> {
  const envelope = (body && typeof body === "object" ? body : {}) as TEnvelope;
  if (status >= 200 && status < 300 && envelope.ok !== false) return { ok: true, data: envelope.data as T };
  const error = envelope.error ?? {};
  return {
    ok: false,
    error: {
      code: error.code ?? (status === 413 ? "file_too_large" : status === 415 ? "unsupported_file_type" : "http_" + status),
      message: error.message ?? "The server answered " + status + ".",
      status,
      ...(error.fields ? { fields: error.fields } : {}),
    },
  };
}

/** The error for a request that never got an answer. */
export function networkError(reason: unknown): { ok: false; error: TApiError } {
  return { ok: false, error: { code: "network_error", message: String(reason), status: 0 } };
}
