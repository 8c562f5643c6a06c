import * as z from "zod/mini";
import { codedCheck } from "./coded-check.ts";

/** `123-45-6789` or `123456789`; any other punctuation is refused rather than guessed. */
const SSN_FORMAT = /^(\d{3}-\d{2}-\d{4}|\d{9})$/;

/** Removes the dashes: we store and compare SSNs as 9 digits. */
export function normalizeSsn(value: string): string {
  return value.replace(/-/g, "");
}

/**
 * Whether `value` is a US Social Security Number that could have been issued.
 * Per SSA (Social Security Number Randomization, 2011): area 000, 666 and
 * 900–999 are never assigned, nor group 00 or serial 0000.
 * @example isValidSsn("123-45-6789") // true
 */
export function isValidSsn(value: string): boolean {
  if (!SSN_FORMAT.test(value)) return false;
  const digits = normalizeSsn(value);
  const area = Number(digits.slice(0, 3));
  const group = digits.slice(3, 5);
  const serial = digits.slice(5);
  if (area === 0 || area === 666 || area >= 900) return false;
  return group !== "00" && serial !== "0000";
}

/** Formats 9 digits as `123-45-6789` (for the audited unmask view). */
export function formatSsn(digits: string): string {
  return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
}

/** A US SSN; parses to 9 digits. Code `invalid_ssn`. */
export const ZSsn = z.string().check(
  codedCheck<string>("invalid_ssn", (value) => {
    if (!SSN_FORMAT.test(value)) return "Enter the SSN as 123-45-6789 or 9 digits.";
    return isValidSsn(value) ? null : "This SSN can't have been issued (area 000, 666 or 9xx, group 00 or serial 0000): check the number.";
  }),
  z.overwrite(normalizeSsn),
);
