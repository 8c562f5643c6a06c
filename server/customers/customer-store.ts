import type { TCustomerRecord } from "../../core/customer/customer-record.ts";
import type { TDocumentSummary } from "../../core/requirements/document-types.ts";
import type { TRequirements } from "../../core/requirements/compute-requirements.ts";
import { writeLater, type Queryable } from "../db/database.ts";
import type { FieldCipher } from "../crypto/field-cipher.ts";
import { SEALED, joinSecrets, maskedViewNeedsValue, splitSecrets, type TSecretValues } from "./secret-fields.ts";
import { listStatement } from "./list-statement.ts";
import { fromStoredRecord, toStoredRecord, type TStoredRecord } from "./stored-record.ts";

/**
 * A customer as stored: the unmasked record and its version (the ETag), and, when
 * the reader already fetched them, the summaries of its documents (for requirements).
 * A write also hands back the requirements it computed for the saved record.
 */
export type TCustomerSnapshot = { record: TCustomerRecord; version: number; documents?: TDocumentSummary[]; requirements?: TRequirements };

/**
 * How much of a read to decrypt: "all", or "masked" for a customer that is only
 * shown masked (retrieve, list), which leaves dates of birth sealed (SEALED_DATE
 * in secret-fields.ts). A masked read's record can be shown, never saved.
 */
export type TReveal = "all" | "masked";

export type TCustomerFilters = { type?: string; kyc?: string; status?: string; email?: string; lookupKey?: string };

type TRow = { seq: string | number; record: TStoredRecord; secrets: Record<string, string>; version: number; documents: TDocumentSummary[] };

/**
 * Columns of a customer read. `documents` holds the summaries of its documents, kept
 * by a trigger (migration 007): they decide its requirements, so every read needs them.
 */
const READ_COLUMNS = "seq, record, secrets, version, documents";

/**
 * Reads and writes customers. Secret fields are encrypted here, at the last
 * moment before SQL, and decrypted right after; each ciphertext is bound to
 * the customer id and field path, so it can't be replayed onto another row.
 * The rest goes to `record` without its null fields (stored-record.ts).
 */
export function createCustomerStore(cipher: FieldCipher) {
  function seal(record: TCustomerRecord) {
    const { open, secrets } = splitSecrets(record);
    const sealed: Record<string, string> = {};
    for (const [field, plain] of Object.entries(secrets)) sealed[field] = cipher.encrypt(plain, { record: record.id, field });
    return { open: toStoredRecord(open), sealed };
  }

  function unseal(row: TRow, reveal: TReveal): TCustomerSnapshot {
    const record = fromStoredRecord(row.record);
    const plain: TSecretValues = {};
    for (const [field, sealed] of Object.entries(row.secrets ?? {})) {
      plain[field] = reveal === "masked" && !maskedViewNeedsValue(field) ? SEALED : cipher.decrypt(sealed, { record: record.id, field });
    }
    return { record: joinSecrets(record, plain), version: Number(row.version), documents: row.documents };
  }

  return {
    /**
     * `documents`: those stored for it already (seed 004's inline documents go in just
     * before the row, where migration 007's trigger can't reach it yet).
     */
    async insert(tx: Queryable, record: TCustomerRecord, documents: TDocumentSummary[] = []): Promise<TCustomerSnapshot> {
      const { open, sealed } = seal(record);
      // Nothing reads this statement's answer: queued, it usually goes out as the whole
      // transaction on its own (server/db/lazy-transaction.ts).
      await writeLater(
        tx,
        `insert into customers (id, type, status, kyc, email, lookup_key, version, record, secrets, documents, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, 1, $7::json, $8::jsonb, $9::jsonb, $10, $10)`,
        [record.id, record.type, record.status, record.kyc, lower(record.email), record.lookupKey, JSON.stringify(open), JSON.stringify(sealed), JSON.stringify(documents), record.created],
      );
      return { record, version: 1 };
    },

    /** A live customer, or null if unknown or erased. `forUpdate` locks the row for the transaction. */
    async load(tx: Queryable, id: string, opts: { forUpdate?: boolean; reveal?: TReveal } = {}): Promise<TCustomerSnapshot | null> {
      // Functions with a kept plan (migration 008): every call on a customer starts here.
      const read = opts.forUpdate ? "customer_by_id_for_update" : "customer_by_id";
      const result = await tx.query<TRow & { erased: boolean }>(`select * from ${read}($1)`, [id]);
      const row = result.rows[0];
      return row && !row.erased ? unseal(row, opts.reveal ?? "all") : null;
    },

    /** Writes a new state of a customer whose row the caller locked; returns the new version. */
    async save(tx: Queryable, record: TCustomerRecord, version: number): Promise<TCustomerSnapshot> {
      const { open, sealed } = seal(record);
      const result = await tx.query(
        `update customers set type = $2, status = $3, kyc = $4, email = $5, lookup_key = $6, record = $7::json, secrets = $8::jsonb,
                updated_at = $9, version = version + 1
          where id = $1 and version = $10 and deleted_at is null`,
        [record.id, record.type, record.status, record.kyc, lower(record.email), record.lookupKey, JSON.stringify(open), JSON.stringify(sealed), record.updated, version],
      );
      if (result.affectedRows !== 1) throw new Error(`customer ${record.id} changed under a held lock`);
      return { record, version: version + 1 };
    },

    /**
     * One page, newest first, by keyset on `seq` (an index walk: a page costs the
     * same at any table size, and customers created while paging never shift it).
     */
    async list(tx: Queryable, filters: TCustomerFilters, limit: number, beforeSeq: number | null, reveal: TReveal = "all") {
      const { sql, params } = listStatement(READ_COLUMNS, filters, limit + 1, beforeSeq);
      const result = await tx.query<TRow>(sql, params);
      const rows = result.rows.slice(0, limit);
      return {
        items: rows.map((row) => unseal(row, reveal)),
        hasMore: result.rows.length > limit,
        lastSeq: rows.length ? Number(rows[rows.length - 1]!.seq) : null,
      };
    },

    /**
     * GDPR Art. 17 erasure (seed 002): the personal data goes, a tombstone with
     * the id, type and dates stays so references and audits still resolve.
     */
    async erase(tx: Queryable, snapshot: TCustomerSnapshot, now: string): Promise<{ documentFiles: string[] }> {
      const { id, type, created } = snapshot.record;
      const tombstone = { id, type, created, deleted: now };
      await tx.query(
        `update customers set record = $2::json, secrets = '{}', email = null, lookup_key = null, deleted_at = $3, updated_at = $3,
                version = version + 1 where id = $1`,
        [id, JSON.stringify(tombstone), now],
      );
      // Identity documents are personal data too: their rows go now, their files after COMMIT.
      const documents = await tx.query<{ storage_name: string }>("delete from documents where customer_id = $1 returning storage_name", [id]);
      // Acceptances stay as the record that terms were accepted, without where from.
      await tx.query("update acceptances set ip = null, user_agent = null where customer_id = $1", [id]);
      return { documentFiles: documents.rows.map((row) => row.storage_name) };
    },
  };
}

export type TCustomerStore = ReturnType<typeof createCustomerStore>;

function lower(value: string | null | undefined): string | null {
  return value ? value.toLowerCase() : null;
}
