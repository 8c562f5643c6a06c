import * as z from "zod/mini";
import { withCode } from "../errors/field-issue.ts";

/** No control, format, unassigned or private-use characters: they hide in logs and UIs. */
const PRINTABLE = /^[^\p{C}]+$/u;

/** Whether `value` is a usable lookup key: 1–255 printable characters. */
export function isValidLookupKey(value: string): boolean {
  return value.length >= 1 && value.length <= 255 && PRINTABLE.test(value);
}

/** The host's own key for a customer (seed 004 `lookupKey`). Code `invalid_lookup_key`. */
export const ZLookupKey = z.string().check(
  z.refine(isValidLookupKey, withCode("invalid_lookup_key", "A lookup key has 1–255 printable characters.")),
);
