import type { TCustomerRecord } from "../../core/customer/customer-record.ts";

/**
 * Which fields of a customer are encrypted at rest (GLBA 16 CFR 314.4(c)(3)):
 * the identifiers a thief could open accounts with. Each is stored as its own
 * ciphertext bound to the customer id and this path, never in the `record` column.
 */
const CUSTOMER_SECRET_FIELDS = ["ssn", "ein", "dob"] as const;
const UBO_SECRET_FIELDS = ["ssn", "dob", "idNumber"] as const;

export type TSecretValues = Record<string, string>;

/** Takes the secrets out of a record: the record to store in clear, and path → plaintext. */
export function splitSecrets(record: TCustomerRecord): { open: TCustomerRecord; secrets: TSecretValues } {
  const secrets: TSecretValues = {};
  const open = copyForSecrets(record);
  for (const field of CUSTOMER_SECRET_FIELDS) {
    const value = open[field];
    if (value !== null && value !== undefined) secrets[field] = JSON.stringify(value);
    open[field] = null;
  }
  for (const ubo of (open.ubos ?? []) as Array<Record<string, unknown>>) {
    for (const field of UBO_SECRET_FIELDS) {
      const value = ubo[field];
      if (value !== null && value !== undefined) secrets[`ubos.${String(ubo.id)}.${field}`] = JSON.stringify(value);
      ubo[field] = null;
    }
  }
  return { open: open as unknown as TCustomerRecord, secrets };
}

/** Puts decrypted secrets back into a stored record. Secrets of removed UBOs are dropped. */
export function joinSecrets(open: TCustomerRecord, secrets: TSecretValues): TCustomerRecord {
  const record = copyForSecrets(open);
  for (const field of CUSTOMER_SECRET_FIELDS) {
    const value = secrets[field];
    if (value !== undefined) record[field] = JSON.parse(value);
  }
  for (const ubo of (record.ubos ?? []) as Array<Record<string, unknown>>) {
    for (const field of UBO_SECRET_FIELDS) {
      const value = secrets[`ubos.${String(ubo.id)}.${field}`];
      if (value !== undefined) ubo[field] = JSON.parse(value);
    }
  }
  return record as unknown as TCustomerRecord;
}

/**
 * A copy whose top level and owners can be changed without touching `record`:
 * only those levels hold secrets. Nested values (address, meta) are shared, never
 * written here (structuredClone of the whole record was a visible share of every read).
 */
function copyForSecrets(record: TCustomerRecord): Record<string, unknown> {
  const copy = { ...record } as unknown as Record<string, unknown>;
  if (Array.isArray(record.ubos)) copy.ubos = record.ubos.map((ubo) => ({ ...ubo }));
  return copy;
}
