import type { TCustomerRecord } from "../../core/customer/customer-record.ts";
import type { TDateParts } from "../../core/validation/dob.ts";

/**
 * Which fields of a customer are encrypted at rest (GLBA 16 CFR 314.4(c)(3)):
 * the identifiers a thief could open accounts with. Each is stored as its own
 * ciphertext bound to the customer id and this path, never in the `record` column.
 */
const CUSTOMER_SECRET_FIELDS = ["ssn", "ein", "dob"] as const;
const UBO_SECRET_FIELDS = ["ssn", "dob", "idNumber"] as const;

/** Path → plaintext (JSON), or SEALED for a field a masked read left encrypted. */
export type TSecretValues = Record<string, string | typeof SEALED>;

/** Marks, in `TSecretValues`, a field left sealed (see `SEALED_DATE`). */
export const SEALED = Symbol("sealed");

/**
 * Stands in for a date of birth a masked read did not decrypt. The masked view
 * shows only that a date of birth is on file (`{ provided: true }`) and the
 * requirements only ask whether it is, so retrieve and list leave every `dob`
 * sealed: one decryption fewer per person shown, and the plaintext never in memory
 * for a read that doesn't show it. Identifiers are still decrypted there: their
 * masked form shows the last four digits. Unique and frozen: `splitSecrets` refuses
 * a record holding it, so a masked read can never be saved over the real date.
 */
export const SEALED_DATE: TDateParts = Object.freeze({ day: 0, month: 0, year: 0 });

/** Whether a masked view needs this field's value, or only whether it is on file. */
export function maskedViewNeedsValue(path: string): boolean {
  return path !== "dob" && !path.endsWith(".dob");
}

/** Takes the secrets out of a record: the record to store in clear, and path → plaintext. */
export function splitSecrets(record: TCustomerRecord): { open: TCustomerRecord; secrets: Record<string, string> } {
  const secrets: Record<string, string> = {};
  const open = copyForSecrets(record);
  for (const field of CUSTOMER_SECRET_FIELDS) {
    const value = open[field];
    if (value !== null && value !== undefined) secrets[field] = plaintextOf(value);
    open[field] = null;
  }
  for (const ubo of (open.ubos ?? []) as Array<Record<string, unknown>>) {
    for (const field of UBO_SECRET_FIELDS) {
      const value = ubo[field];
      if (value !== null && value !== undefined) secrets[`ubos.${String(ubo.id)}.${field}`] = plaintextOf(value);
      ubo[field] = null;
    }
  }
  return { open: open as unknown as TCustomerRecord, secrets };
}

function plaintextOf(value: unknown): string {
  if (value === SEALED_DATE) throw new Error("a record read masked (dates of birth left sealed) cannot be stored");
  return JSON.stringify(value);
}

/**
 * Puts decrypted secrets back into a record just read from its row, in place: nothing
 * else holds that object, and a copy of its 50 fields for every customer read (20 on
 * a list page) bought nothing. Secrets of removed UBOs are dropped.
 */
export function joinSecrets(open: TCustomerRecord, secrets: TSecretValues): TCustomerRecord {
  const record = open as unknown as Record<string, unknown>;
  for (const field of CUSTOMER_SECRET_FIELDS) {
    const value = secrets[field];
    if (value !== undefined) record[field] = reveal(value);
  }
  for (const ubo of (record.ubos ?? []) as Array<Record<string, unknown>>) {
    for (const field of UBO_SECRET_FIELDS) {
      const value = secrets[`ubos.${String(ubo.id)}.${field}`];
      if (value !== undefined) ubo[field] = reveal(value);
    }
  }
  return record as unknown as TCustomerRecord;
}

function reveal(value: string | typeof SEALED): unknown {
  return value === SEALED ? SEALED_DATE : JSON.parse(value);
}

/**
 * A copy whose top level and owners can be cleared of secrets without touching
 * `record`, which the caller still uses: only those levels hold secrets. Nested
 * values (address, meta) are shared, never written here (a structuredClone of the
 * whole record was a visible share of every write).
 */
function copyForSecrets(record: TCustomerRecord): Record<string, unknown> {
  const copy = { ...record } as unknown as Record<string, unknown>;
  if (Array.isArray(record.ubos)) copy.ubos = record.ubos.map((ubo) => ({ ...ubo }));
  return copy;
}
