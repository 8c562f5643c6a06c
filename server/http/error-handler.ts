import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { CipherError } from "../crypto/cipher-error.ts";
import { DatabaseError } from "../db/database-error.ts";

/**
 * SQLSTATEs that mean "PostgreSQL can't store these characters" (a NUL byte in text or
 * in a JSON string, 22021 / 22P05): the client sent them, so it is a 400, not our 500.
 */
const UNSTORABLE_TEXT = new Set(["22021", "22P05"]);
import { ApiError } from "./api-error.ts";
import { errorBody } from "./envelope.ts";

export type TLogger = { error(message: string, detail?: unknown): void; info(message: string): void };

/**
 * One place that shapes every error. Unknown errors become a generic 500 with
 * the request id: the detail goes to the server log, never to the client.
 */
export function createErrorHandler(log: TLogger): ErrorHandler {
  return (err, c) => {
    if (err instanceof ApiError) return send(c, err.status, err.code, err.message, err.fields, err.headers);
    if (err instanceof CipherError) {
      // A stored ciphertext that fails to decrypt was moved, tampered with, or made with a key no
      // longer configured: an operator's matter, logged as such; the client gets a stable code, not a 500.
      log.error(`stored data unreadable in ${c.req.method} ${c.req.path} (${c.get("requestId")}): ${err.code}`, err.message);
      return send(c, 409, "stored_data_unreadable", "A stored field of this record can't be decrypted. The operator has been alerted; quote the request id.");
    }
    if (err instanceof DatabaseError && UNSTORABLE_TEXT.has(err.code)) {
      return send(c, 400, "invalid_characters", "The request contains characters that can't be stored (such as a NUL, \\u0000). Remove them and retry.");
    }
    if (err instanceof HTTPException && err.status < 500) {
      return send(c, err.status, codeForStatus(err.status), err.message || "The request could not be processed.");
    }
    log.error(`unhandled error in ${c.req.method} ${c.req.path} (${c.get("requestId")})`, err);
    return send(c, 500, "internal_error", "Something went wrong on our side. Quote the request id if you contact support.");
  };
}

export const notFound: NotFoundHandler = (c) =>
  send(c, 404, "route_not_found", `No route for ${c.req.method} ${c.req.path}.`);

function send(c: Context, status: number, code: string, message: string, fields?: ApiError["fields"], headers?: Record<string, string>) {
  for (const [name, value] of Object.entries(headers ?? {})) c.header(name, value);
  return c.json(errorBody(c, status, code, message, fields), status as 400);
}

function codeForStatus(status: number): string {
  if (status === 413) return "payload_too_large";
  if (status === 401) return "unauthorized";
  return "bad_request";
}
