import * as z from "zod/mini";

/**
 * A zod check that reports at most one issue, with our stable `code` and the
 * message `problem` returns (`null` = valid). One issue per field keeps error
 * lists short: a bad SSN says "invalid_ssn" once, not format + length + range.
 * @example z.string().check(codedCheck("invalid_ssn", (v) => (isValidSsn(v) ? null : "Enter …")))
 */
export function codedCheck<T>(code: string, problem: (value: T) => string | null) {
  return z.superRefine<T>((value, ctx) => {
    const message = problem(value);
    if (message !== null) ctx.issues.push({ code: "custom", message, params: { code }, input: value });
  });
}
