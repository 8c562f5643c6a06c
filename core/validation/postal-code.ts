import * as z from "zod/mini";
import { codedCheck } from "./coded-check.ts";

/**
 * Postal code patterns per country (alpha-3), from each postal operator's
 * published format (USPS ZIP/ZIP+4, Canada Post, Royal Mail, Deutsche Post,
 * La Poste, Correios CEP, Correos de México, Australia Post).
 */
const PATTERNS: Record<string, { pattern: RegExp; example: string }> = {
  USA: { pattern: /^\d{5}(-\d{4})?$/, example: "94107 or 94107-1234" },
  // Canada Post never uses D, F, I, O, Q, U, nor W/Z as the first letter.
  CAN: { pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i, example: "K1A 0B1" },
  GBR: { pattern: /^([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|GIR ?0AA)$/i, example: "SW1A 1AA" },
  DEU: { pattern: /^\d{5}$/, example: "10115" },
  FRA: { pattern: /^\d{5}$/, example: "75008" },
  BRA: { pattern: /^\d{5}-?\d{3}$/, example: "01310-100" },
  MEX: { pattern: /^\d{5}$/, example: "06600" },
  AUS: { pattern: /^\d{4}$/, example: "2000" },
};

/** Any other country: letters, digits, spaces and dashes, 1–12 characters. */
const GENERIC = /^[A-Za-z0-9 -]{1,12}$/;

/**
 * Whether `postalCode` fits `country` (alpha-3); countries without a pattern
 * accept the generic shape.
 * @example isValidPostalCode("USA", "94107") // true
 */
export function isValidPostalCode(country: string, postalCode: string): boolean {
  const rule = PATTERNS[country];
  return rule ? rule.pattern.test(postalCode) : GENERIC.test(postalCode);
}

/** A message that says what a postal code in `country` looks like. */
export function postalCodeHint(country: string): string {
  const rule = PATTERNS[country];
  return rule
    ? `Enter a postal code in the format used in ${country}, e.g. ${rule.example}.`
    : "Enter a postal code of 1–12 letters, digits, spaces or dashes.";
}

/**
 * The `postalCode` field on input: the generic shape only. The per-country
 * pattern is a cross-field rule (`checkCustomerRecord`, code `invalid_postal_code`).
 */
export const ZPostalCode = z.string().check(
  z.trim(),
  codedCheck<string>("invalid_postal_code", (value) => (GENERIC.test(value) ? null : postalCodeHint(""))),
);
