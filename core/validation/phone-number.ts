import * as z from "zod/mini";
import { isValidPhoneNumber as isPossibleNumberForCountry } from "libphonenumber-js";
import { codedCheck } from "./coded-check.ts";

/** E.164: a plus, a country code, at most 15 digits, no spaces (ITU-T E.164). */
const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * Whether `value` is an E.164 number that libphonenumber-js accepts for its
 * country. Kept in its own module because libphonenumber's metadata is the
 * heaviest part of the widget's validation code.
 * @example isValidPhoneNumber("+14155552671") // true
 */
export function isValidPhoneNumber(value: string): boolean {
  return E164.test(value) && isPossibleNumberForCountry(value);
}

/** A phone number in E.164 (`+14155552671`). Code `invalid_phone_number`. */
export const ZPhoneNumber = z.string().check(
  codedCheck<string>("invalid_phone_number", (value) => {
    if (!E164.test(value)) return "Enter the phone number in international format without spaces, e.g. +14155552671.";
    return isValidPhoneNumber(value) ? null : "This is not a valid phone number for its country code: check the digits.";
  }),
);
