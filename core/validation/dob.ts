import * as z from "zod/mini";
import { codedCheck } from "./coded-check.ts";

/** A calendar date as the API carries it (seed 004 `dob`). */
export type TDateParts = { day: number; month: number; year: number };

/** Default minimum age to open an account: the age of majority in most US states and the EU. */
export const DEFAULT_MINIMUM_AGE = 18;

/** Whether the parts name a real day (30 Feb and 29 Feb of a common year are not). */
export function isRealDate({ day, month, year }: TDateParts): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function compare(a: TDateParts, b: TDateParts): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Full years between `dob` and `today`. Someone born on 29 Feb turns a year
 * older on 1 Mar in common years (the rule in most jurisdictions).
 */
export function ageOn(dob: TDateParts, today: TDateParts): number {
  const hadBirthday = today.month > dob.month || (today.month === dob.month && today.day >= dob.day);
  return today.year - dob.year - (hadBirthday ? 0 : 1);
}

/**
 * What is wrong with a date of birth, or `null`. Pure: the caller passes `today`.
 * @example checkDob({ day: 1, month: 1, year: 2010 }, { today, minimumAge: 18 }) // { code: "underage", … }
 */
export function checkDob(
  dob: TDateParts,
  { today, minimumAge = DEFAULT_MINIMUM_AGE }: { today: TDateParts; minimumAge?: number },
): { code: "invalid_date" | "date_in_future" | "underage"; message: string } | null {
  if (!isRealDate(dob) || dob.year < 1900) {
    return { code: "invalid_date", message: "Enter a real date of birth (year 1900 or later)." };
  }
  if (compare(dob, today) > 0) return { code: "date_in_future", message: "The date of birth can't be in the future." };
  if (ageOn(dob, today) < minimumAge) {
    return { code: "underage", message: `The person must be at least ${minimumAge} years old.` };
  }
  return null;
}

/**
 * A date of birth on input: a real calendar date, year ≥ 1900. "Not in the future"
 * and "adult" need today's date, so they are checked by `checkCustomerRecord`.
 */
export const ZDob = z.strictObject({
  day: z.int().check(z.minimum(1), z.maximum(31)),
  month: z.int().check(z.minimum(1), z.maximum(12)),
  year: z.int().check(z.minimum(1900), z.maximum(9999)),
}).check(
  codedCheck<TDateParts>("invalid_date", (dob) => (isRealDate(dob) ? null : "This date does not exist: check day and month.")),
);
