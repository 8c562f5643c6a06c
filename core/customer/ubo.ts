import * as z from "zod/mini";
import { codedCheck } from "../validation/coded-check.ts";
import { ZBase64Document } from "../validation/document.ts";
import { type TDateParts, ZDob } from "../validation/dob.ts";
import { ZEmail } from "../validation/email.ts";
import { ZPhoneNumber } from "../validation/phone-number.ts";
import { ZSsn } from "../validation/ssn.ts";
import { ZText } from "../validation/text.ts";
import { type TAddress, ZAddressInput } from "./address.ts";

/** UBO ids: `ubo_` + 32 lowercase hex, like customer ids. */
export const UBO_ID_PATTERN = /^ubo_[0-9a-f]{32}$/;

/** Percent with at most 2 decimals (33.33 %); compared in hundredths to avoid float noise. */
export const ZOwnershipPercentage = z.number().check(
  z.minimum(0),
  z.maximum(100),
  codedCheck<number>("invalid_precision", (value) =>
    Math.abs(value * 100 - Math.round(value * 100)) < 1e-6 ? null : "Use at most 2 decimals for the ownership percentage.",
  ),
);

/**
 * One ultimate beneficial owner on input (seed 004 `ubos[]`, issue 5). Without
 * `id` it adds an owner; with the `id` of an existing owner it updates that owner
 * partially. `null` clears a field. Identity documents may come inline as in the
 * seed; the server stores them as documents of the UBO.
 */
export const ZUboInput = z.strictObject({
  id: z.optional(
    z.string().check(
      codedCheck<string>("invalid_ubo_id", (value) =>
        UBO_ID_PATTERN.test(value) ? null : "A UBO id looks like ubo_ followed by 32 hex characters: omit it to add a new owner.",
      ),
    ),
  ),
  firstName: z.nullish(ZText(100)),
  lastName: z.nullish(ZText(100)),
  email: z.nullish(ZEmail),
  phoneNumber: z.nullish(ZPhoneNumber),
  dob: z.nullish(ZDob),
  ssn: z.nullish(ZSsn),
  /** Non-US national id or passport number. */
  idNumber: z.nullish(ZText(50)),
  address: z.nullish(ZAddressInput),
  ownershipPercentage: z.nullish(ZOwnershipPercentage),
  isControlPerson: z.nullish(z.boolean()),
  title: z.nullish(ZText(100)),
  identityDocumentFront: z.optional(ZBase64Document),
  identityDocumentBack: z.optional(ZBase64Document),
});
export type TUboInput = z.infer<typeof ZUboInput>;

/** A stored UBO, unmasked (the server encrypts `ssn`, `dob`, `idNumber` at rest). */
export type TUboRecord = {
  id: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phoneNumber: string | null;
  dob: TDateParts | null;
  /** 9 digits. */
  ssn: string | null;
  idNumber: string | null;
  address: TAddress;
  ownershipPercentage: number | null;
  isControlPerson: boolean | null;
  title: string | null;
  created: string;
  updated: string;
};

/** The UBO fields `applyUboInput` copies as they are (`null` clears). */
export const UBO_SCALAR_FIELDS = [
  "firstName",
  "lastName",
  "email",
  "phoneNumber",
  "dob",
  "ssn",
  "idNumber",
  "ownershipPercentage",
  "isControlPerson",
  "title",
] as const satisfies ReadonlyArray<keyof TUboInput & keyof TUboRecord>;
