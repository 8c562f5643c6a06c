import * as z from "zod/mini";
import { formatSsn } from "../validation/ssn.ts";
import { ZAddress } from "./address.ts";
import { ZDateParts, ZMaskedDate, ZMaskedIdentifier, maskDate, maskIdentifier } from "./masked-pii.ts";
import type { TUboRecord } from "./ubo.ts";

/** A beneficial owner in API responses (seed 004 `ubos[]`), PII masked, with its own `requirements`. */
export const ZUboView = z.object({
  id: z.string(),
  requirements: z.array(z.string()),
  email: z.nullable(z.string()),
  firstName: z.nullable(z.string()),
  lastName: z.nullable(z.string()),
  phoneNumber: z.nullable(z.string()),
  address: ZAddress,
  dob: ZMaskedDate,
  ssn: ZMaskedIdentifier,
  idNumber: ZMaskedIdentifier,
  ownershipPercentage: z.nullable(z.number()),
  isControlPerson: z.nullable(z.boolean()),
  title: z.nullable(z.string()),
  created: z.string(),
  updated: z.string(),
});
export type TUboView = z.infer<typeof ZUboView>;

/** A beneficial owner for the audited unmask endpoint: SSN as `123-45-6789`, full id number and dob. */
export const ZUnmaskedUboView = z.extend(ZUboView, {
  dob: z.nullable(ZDateParts),
  ssn: z.nullable(z.string()),
  idNumber: z.nullable(z.string()),
});
export type TUnmaskedUboView = z.infer<typeof ZUnmaskedUboView>;

/** The response shape of one UBO. Fields are listed one by one so a new secret never leaks by default. */
export function toUboView(ubo: TUboRecord, requirements: string[]): TUboView {
  return {
    id: ubo.id,
    requirements,
    email: ubo.email,
    firstName: ubo.firstName,
    lastName: ubo.lastName,
    phoneNumber: ubo.phoneNumber,
    address: { ...ubo.address },
    dob: maskDate(ubo.dob),
    ssn: maskIdentifier(ubo.ssn),
    idNumber: maskIdentifier(ubo.idNumber),
    ownershipPercentage: ubo.ownershipPercentage,
    isControlPerson: ubo.isControlPerson,
    title: ubo.title,
    created: ubo.created,
    updated: ubo.updated,
  };
}

/** The unmasked shape of one UBO (audited endpoint only). */
export function toUnmaskedUboView(ubo: TUboRecord, requirements: string[]): TUnmaskedUboView {
  return {
    ...toUboView(ubo, requirements),
    dob: ubo.dob === null ? null : { ...ubo.dob },
    ssn: ubo.ssn === null ? null : formatSsn(ubo.ssn),
    idNumber: ubo.idNumber,
  };
}
