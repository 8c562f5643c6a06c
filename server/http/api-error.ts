import type { TFieldIssue } from "../../core/errors/field-issue.ts";

/**
 * The one error type routes and services throw. The error handler turns it
 * into the envelope, so a stable `code` reaches the client and nothing else
 * (no stack trace, no SQL) ever does.
 *
 * @example
 * throw new ApiError(404, "customer_not_found", "No customer with id customer_123.");
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: TFieldIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** 422 carrying every failing field path at once, so a form can mark them all. */
export function validationError(fields: TFieldIssue[]): ApiError {
  const paths = fields.map((f) => f.path || "(body)").join(", ");
  return new ApiError(422, "validation_failed", `Some fields are invalid: ${paths}.`, fields);
}
