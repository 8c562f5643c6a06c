import { ApiError } from "../http/api-error.ts";

/** The ETag of a customer is its version: it changes with every stored change. */
export function etagFor(version: number): string {
  return `"${version}"`;
}

/**
 * Checks an `If-Match` header (RFC 9110 §13.1.1) against the stored version.
 * Absent → no check; `*` → any version; otherwise one of the listed tags must match,
 * or the update is refused with 412 so a stale read can never overwrite a newer write.
 */
export function assertIfMatch(header: string | undefined, version: number): void {
  if (header === undefined) return;
  const tags = header.split(",").map((t) => t.trim().replace(/^W\//, ""));
  if (tags.includes("*") || tags.includes(etagFor(version))) return;
  throw new ApiError(
    412,
    "precondition_failed",
    `The customer changed since you read it (it is now at ETag ${etagFor(version)}). Fetch it again and reapply your change.`,
  );
}
