import * as z from "zod/mini";
import { codedCheck } from "./coded-check.ts";

/**
 * A practical email check: one `@`, no spaces, a dotted domain. Deliberately
 * looser than RFC 5322's grammar (quoted local parts, IP literals): the only
 * real proof is a delivered mail, and refusing a real address costs a customer.
 */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** RFC 5321 §4.5.3.1: a forward path is at most 256 octets, so 254 for the address. */
const MAX_EMAIL_LENGTH = 254;

/** Whether `value` looks like a deliverable email address. */
export function isValidEmail(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value);
}

/** An email address, trimmed. Code `invalid_email`. */
export const ZEmail = z.string().check(
  z.trim(),
  codedCheck<string>("invalid_email", (value) =>
    isValidEmail(value) ? null : `Enter an email address like name@example.com (at most ${MAX_EMAIL_LENGTH} characters).`,
  ),
);
