import * as z from "zod/mini";
import { ZCountryCode } from "../validation/country.ts";
import { ZPostalCode } from "../validation/postal-code.ts";
import { ZState } from "../validation/subdivisions.ts";
import { ZText } from "../validation/text.ts";

/**
 * An address on input (seed 004 `address`). Every field is optional and
 * nullable: a partial update sets one field (`{ line2: "Apt 4" }`) or clears
 * it (`{ line2: null }`) and leaves the others unchanged.
 */
export const ZAddressInput = z.strictObject({
  line1: z.nullish(ZText(200)),
  line2: z.nullish(ZText(200)),
  city: z.nullish(ZText(100)),
  postalCode: z.nullish(ZPostalCode),
  state: z.nullish(ZState),
  country: z.nullish(ZCountryCode),
});
export type TAddressInput = z.infer<typeof ZAddressInput>;

/** The stored address: every field present, `null` when unset (as seed 004 returns it). */
export const ZAddress = z.object({
  line1: z.nullable(z.string()),
  line2: z.nullable(z.string()),
  city: z.nullable(z.string()),
  postalCode: z.nullable(z.string()),
  state: z.nullable(z.string()),
  country: z.nullable(z.string()),
});
export type TAddress = z.infer<typeof ZAddress>;

/** The address fields in the order a form asks for them. */
export const ADDRESS_FIELDS = ["line1", "line2", "city", "postalCode", "state", "country"] as const;

/** An address with every field `null`. */
export function emptyAddress(): TAddress {
  return { line1: null, line2: null, city: null, postalCode: null, state: null, country: null };
}

/** Merges an address input field by field: provided keys overwrite, `null` clears, absent keys stay. */
export function mergeAddress(address: TAddress, input: TAddressInput | null | undefined): TAddress {
  if (input === undefined) return address;
  if (input === null) return emptyAddress();
  const merged = { ...address };
  for (const field of ADDRESS_FIELDS) {
    const value = input[field];
    if (value !== undefined) merged[field] = value;
  }
  return merged;
}
