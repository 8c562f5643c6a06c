import type * as z from "zod/mini";

/**
 * One problem with one field, as the API and the widget report it.
 * `path` is dotted (`address.postalCode`, `ubos.0.ssn`); a problem with the
 * whole object uses `""`. `code` is stable (clients switch on it); `message`
 * is English and says what to fix.
 */
export type TFieldIssue = { path: string; code: string; message: string };

/**
 * Params for a custom zod check, so its issue keeps our stable code.
 * @example z.refine(isValidSsn, withCode("invalid_ssn", "Enter a valid SSN"))
 */
export function withCode(code: string, message: string): { message: string; params: { code: string } } {
  return { message, params: { code } };
}

/** Joins a prefix and path segments into our dotted form (`ubos.0.ssn`). */
export function joinPath(prefix: string, segments: ReadonlyArray<PropertyKey>): string {
  const parts = segments.map((segment) => String(segment));
  return [prefix, ...parts].filter((part) => part !== "").join(".");
}

type TZodIssue = z.core.$ZodIssue;

/**
 * Converts a zod error (or its issue list) into field issues with stable codes.
 * Unknown keys become one `unknown_field` issue per key, with the key in the path,
 * so `{ kyc: "approved" }` is reported at `kyc`. Custom checks keep `params.code`.
 * zod/mini ships no locale (bundle budget), so English messages are written here.
 * @example issuesFromZod(result.error, "ubos.0") // [{ path: "ubos.0.ssn", code: "invalid_ssn", … }]
 */
export function issuesFromZod(
  error: { issues: ReadonlyArray<TZodIssue> },
  prefix = "",
): TFieldIssue[] {
  return error.issues.flatMap((issue): TFieldIssue[] => {
    const path = joinPath(prefix, issue.path);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: joinPath(path, [key]),
        code: "unknown_field",
        message: `Unknown field "${key}": remove it, it can't be set here.`,
      }));
    }
    return [{ path, ...describe(issue) }];
  });
}

function describe(issue: TZodIssue): { code: string; message: string } {
  switch (issue.code) {
    case "custom":
      return { code: String(issue.params?.code ?? "invalid_value"), message: issue.message };
    case "invalid_type":
      // zod drops `input` unless parsed with `reportInput: true`, so "missing" and
      // "wrong type" share a code; the message names the received type when known.
      if (!("input" in issue)) return { code: "invalid_type", message: `Expected ${issue.expected}: add or fix this field.` };
      return issue.input === undefined
        ? { code: "invalid_type", message: `This field is required (expected ${issue.expected}).` }
        : { code: "invalid_type", message: `Expected ${issue.expected}, got ${typeName(issue.input)}.` };
    case "too_big":
      return issue.origin === "string" || issue.origin === "array"
        ? { code: "too_long", message: `Must have at most ${String(issue.maximum)} ${unit(issue.origin)}.` }
        : { code: "too_large", message: `Must be at most ${String(issue.maximum)}.` };
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1) {
        return { code: "too_short", message: "Must not be empty." };
      }
      return issue.origin === "string" || issue.origin === "array"
        ? { code: "too_short", message: `Must have at least ${String(issue.minimum)} ${unit(issue.origin)}.` }
        : { code: "too_small", message: `Must be at least ${String(issue.minimum)}.` };
    case "invalid_format":
      return issue.format === "email"
        ? { code: "invalid_email", message: "Enter an email address like name@example.com." }
        : { code: "invalid_format", message: issue.message !== "Invalid input" ? issue.message : "Has the wrong format." };
    case "invalid_value":
      return {
        code: "invalid_value",
        message: `Must be one of: ${issue.values.map((value) => JSON.stringify(value)).join(", ")}.`,
      };
    case "not_multiple_of":
      return { code: "not_multiple_of", message: `Must be a multiple of ${String(issue.divisor)}.` };
    case "invalid_union":
      return { code: "invalid_value", message: "Has a value of the wrong type or shape." };
    case "invalid_key": {
      const inner = issue.issues[0];
      const max = inner?.code === "too_big" ? ` (at most ${String(inner.maximum)} characters)` : "";
      return { code: "invalid_key", message: `This key is empty or too long${max}: rename it.` };
    }
    case "invalid_element":
      return { code: "invalid_value", message: "Has an invalid element." };
    default:
      return { code: "invalid_value", message: "Is invalid." };
  }
}

function unit(origin: string): string {
  return origin === "string" ? "characters" : "items";
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
