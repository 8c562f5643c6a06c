import * as z from "zod/mini";
import type { TDateParts } from "../validation/dob.ts";

/**
 * How responses show an identifier (SSN, EIN, id number): whether it is on file
 * and its last 4 characters, never more (Stripe returns only `ssn_last_4_provided`;
 * we add the digits so a user can tell which number they gave).
 */
export const ZMaskedIdentifier = z.nullable(z.object({ provided: z.literal(true), last4: z.string() }));
export type TMaskedIdentifier = z.infer<typeof ZMaskedIdentifier>;

/** How responses show a date of birth: only that it is on file. */
export const ZMaskedDate = z.nullable(z.object({ provided: z.literal(true) }));
export type TMaskedDate = z.infer<typeof ZMaskedDate>;

/** A date of birth in full, for the audited unmask view. */
export const ZDateParts = z.object({ day: z.number(), month: z.number(), year: z.number() });

/** Masks an identifier to its last 4 characters. */
export function maskIdentifier(value: string | null): TMaskedIdentifier {
  return value === null ? null : { provided: true, last4: value.slice(-4) };
}

/** Masks a date to "provided". */
export function maskDate(value: TDateParts | null): TMaskedDate {
  return value === null ? null : { provided: true };
}
