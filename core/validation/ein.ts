import * as z from "zod/mini";
import { codedCheck } from "./coded-check.ts";

const EIN_FORMAT = /^(\d{2}-\d{7}|\d{9})$/;

/**
 * Valid EIN prefixes by IRS campus, from the IRS page "How EINs are assigned and
 * valid EIN prefixes" (irs.gov/businesses/small-businesses-self-employed/
 * how-eins-are-assigned-and-valid-ein-prefixes). Any other prefix (00, 07–09,
 * 17–19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97) has never been issued.
 */
const EIN_PREFIXES_BY_CAMPUS: Record<string, readonly string[]> = {
  andover: ["10", "12"],
  atlanta: ["60", "67"],
  austin: ["50", "53"],
  brookhaven: ["01", "02", "03", "04", "05", "06", "11", "13", "14", "16", "21", "22", "23", "25", "34", "51", "52", "54", "55", "56", "57", "58", "59", "65"],
  cincinnati: ["30", "32", "35", "36", "37", "38", "61"],
  fresno: ["15", "24"],
  kansasCity: ["40", "44"],
  memphis: ["94", "95"],
  ogden: ["80", "90"],
  philadelphia: ["33", "39", "41", "42", "43", "48", "62", "63", "64", "66", "68", "71", "72", "73", "74", "75", "76", "77", "85", "86", "87", "88", "91", "92", "93", "98", "99"],
  internet: ["20", "26", "27", "45", "46", "47", "81", "82", "83", "84"],
  smallBusinessAdministration: ["31"],
};

/** Every prefix the IRS assigns. */
export const EIN_PREFIXES: ReadonlySet<string> = new Set(Object.values(EIN_PREFIXES_BY_CAMPUS).flat());

/** Removes the dash: we store EINs as 9 digits. */
export function normalizeEin(value: string): string {
  return value.replace(/-/g, "");
}

/** Formats 9 digits as `12-3456789` (for the audited unmask view). */
export function formatEin(digits: string): string {
  return `${digits.slice(0, 2)}-${digits.slice(2)}`;
}

/**
 * Whether `value` is an EIN with a prefix the IRS assigns.
 * @example isValidEin("12-3456789") // true
 */
export function isValidEin(value: string): boolean {
  return EIN_FORMAT.test(value) && EIN_PREFIXES.has(value.slice(0, 2));
}

/** A US EIN; parses to 9 digits. Code `invalid_ein`. */
export const ZEin = z.string().check(
  codedCheck<string>("invalid_ein", (value) => {
    if (!EIN_FORMAT.test(value)) return "Enter the EIN as 12-3456789 or 9 digits.";
    return isValidEin(value) ? null : "This EIN starts with a prefix the IRS does not assign: check the number.";
  }),
  z.overwrite(normalizeEin),
);
