import { normalizeSsn } from "../validation/ssn.ts";
import { emptyAddress, mergeAddress } from "./address.ts";
import { type TUboInput, type TUboRecord, UBO_SCALAR_FIELDS } from "./ubo.ts";

/** A UBO with every field `null`. */
export function createEmptyUboRecord({ id, now }: { id: string; now: string }): TUboRecord {
  return {
    id,
    firstName: null,
    lastName: null,
    email: null,
    phoneNumber: null,
    dob: null,
    ssn: null,
    idNumber: null,
    address: emptyAddress(),
    ownershipPercentage: null,
    isControlPerson: null,
    title: null,
    created: now,
    updated: now,
  };
}

/**
 * Merges one UBO input into a stored UBO: provided keys overwrite, `null` clears,
 * absent keys stay, `address` merges field by field. Inline identity documents
 * are not applied here (the server stores them as documents of this UBO).
 */
export function applyUboInput(ubo: TUboRecord, input: TUboInput, now: string): TUboRecord {
  const next: TUboRecord = { ...ubo, address: mergeAddress(ubo.address, input.address), updated: now };
  const target = next as Record<(typeof UBO_SCALAR_FIELDS)[number], unknown>;
  for (const field of UBO_SCALAR_FIELDS) {
    const value = input[field];
    if (value !== undefined) target[field] = value;
  }
  if (typeof next.ssn === "string") next.ssn = normalizeSsn(next.ssn);
  return next;
}
