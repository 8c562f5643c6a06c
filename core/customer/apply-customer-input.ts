import { UnknownUboError } from "../errors/unknown-ubo-error.ts";
import { normalizeEin } from "../validation/ein.ts";
import type { TMeta } from "../validation/meta.ts";
import { normalizeSsn } from "../validation/ssn.ts";
import { mergeAddress } from "./address.ts";
import { applyUboInput, createEmptyUboRecord } from "./apply-ubo-input.ts";
import type { TCustomerCreateInput, TCustomerUpdateInput } from "./customer-input.ts";
import type { TCustomerRecord } from "./customer-record.ts";
import type { TUboInput, TUboRecord } from "./ubo.ts";

/** Record fields an input overwrites as they are (`null` clears). */
const SCALAR_FIELDS = [
  "type", "lookupKey", "email", "phoneNumber", "website", "highVolume",
  "firstName", "lastName", "dob", "ssn", "actingAsIntermediary", "employmentStatus",
  "expectedMonthlyPayments", "mostRecentOccupation", "businessType", "name", "ein",
  "registrationNumber", "description", "sourceOfFunds", "thirdParty", "thirdPartyMessage",
  "estimatedAnnualRevenueUsd", "expectedMonthlyPaymentsUsd", "operatesInProhibitedCountries",
  "highRiskActivities", "sourceOfFundsDescription", "transmitsCustomerFunds",
  "transmitsCustomerFundsDescription",
] as const satisfies ReadonlyArray<keyof TCustomerUpdateInput & keyof TCustomerRecord>;

/**
 * Merges a parsed create/update input into a record, without mutating it.
 * Seed 004: "Any parameters not provided are left unchanged." So: provided keys
 * overwrite, `null` clears, `meta` merges key by key (a `null` value removes the
 * key), `address` merges field by field, a business's `name` is also its
 * `firstName` (seed 004), `ssn`/`ein` are stored as digits. `ubos` entries with
 * an `id` update that owner, others are appended with `newUboId()`.
 * Documents, `tosAccepted` and `mock` are not applied: the server handles them.
 * @throws UnknownUboError when an entry's `id` is not one of this customer's UBOs.
 * @example applyCustomerInput(record, { meta: { plan: null } }, { newUboId, now })
 */
export function applyCustomerInput(
  record: TCustomerRecord,
  input: TCustomerCreateInput | TCustomerUpdateInput,
  { newUboId, now }: { newUboId: () => string; now: string },
): TCustomerRecord {
  const next: TCustomerRecord = { ...record, updated: now };
  const target = next as Record<(typeof SCALAR_FIELDS)[number], unknown>;
  for (const field of SCALAR_FIELDS) {
    const value = input[field];
    if (value !== undefined) target[field] = value;
  }
  if (typeof next.ssn === "string") next.ssn = normalizeSsn(next.ssn);
  if (typeof next.ein === "string") next.ein = normalizeEin(next.ein);
  if (next.type === "business" && input.name !== undefined) next.firstName = input.name;
  next.address = mergeAddress(record.address, input.address);
  next.meta = mergeMeta(record.meta, input.meta);
  next.ubos = input.ubos ? mergeUbos(record.ubos, input.ubos, { newUboId, now }) : record.ubos;
  if (input.type !== undefined) next.typeOpen = false;
  if (input.ownersAttestedComplete !== undefined) {
    next.ownersAttestedComplete = input.ownersAttestedComplete;
    next.ownersAttestedAt = input.ownersAttestedComplete ? now : null;
  } else if (next.ubos.length > record.ubos.length) {
    // A new owner makes an earlier "the list is complete" untrue: attest again.
    next.ownersAttestedComplete = null;
    next.ownersAttestedAt = null;
  }
  return next;
}

function mergeMeta(meta: TMeta, input: TMeta | null | undefined): TMeta {
  if (input === undefined) return meta;
  if (input === null) return {};
  const merged: TMeta = { ...meta };
  for (const [key, value] of Object.entries(input)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

function mergeUbos(
  ubos: TUboRecord[],
  inputs: TUboInput[],
  { newUboId, now }: { newUboId: () => string; now: string },
): TUboRecord[] {
  const merged = [...ubos];
  inputs.forEach((input, index) => {
    if (input.id === undefined) {
      merged.push(applyUboInput(createEmptyUboRecord({ id: newUboId(), now }), input, now));
      return;
    }
    const position = merged.findIndex((ubo) => ubo.id === input.id);
    const existing = merged[position];
    if (existing === undefined) throw new UnknownUboError(index, input.id);
    merged[position] = applyUboInput(existing, input, now);
  });
  return merged;
}
