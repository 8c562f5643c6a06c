import { randomBytes } from "node:crypto";
import type { Database } from "../db/database.ts";
import type { TDocumentStorage } from "../documents/document-storage.ts";
import type { TFieldCipher } from "./field-cipher.ts";

export type TReencryptCounts = { customers: number; webhookSecrets: number; documents: number };

/**
 * Rewrites every ciphertext made with an older key of the ring with the current one
 * (OWASP Cryptographic Storage: key rotation), so the old key can then be dropped
 * from ONBOARDING_ENCRYPTION_KEY. Safe to run while servers run and to run again:
 * each row is rewritten in its own transaction under a row lock, and rows already
 * on the current key are skipped. `npm run rotate-keys` runs it.
 *
 * Documents (`storage`: the raw storage, under the encryption layer) are written to
 * a new name, the row is pointed at it, then the old file is removed: a crash
 * in between leaves at worst an orphan file, never a row without its file.
 *
 * @example await reencryptAll({ db, cipher, storage: createLocalDocumentStorage(dir), sealedStorage })
 */
export async function reencryptAll(deps: { db: Database; cipher: TFieldCipher; storage?: TDocumentStorage; sealedStorage?: TDocumentStorage }): Promise<TReencryptCounts> {
  const { db, cipher } = deps;
  const counts: TReencryptCounts = { customers: 0, webhookSecrets: 0, documents: 0 };
  const stale = (value: string | null) => value !== null && cipher.needsRotation(value);

  const customers = await db.query<{ id: string }>("select id from customers where secrets <> '{}'::jsonb");
  for (const { id } of customers.rows) {
    await db.transaction(async (tx) => {
      const row = (await tx.query<{ secrets: Record<string, string> }>("select secrets from customers where id = $1 for update", [id])).rows[0];
      if (!row || !Object.values(row.secrets).some(stale)) return;
      const secrets = Object.fromEntries(
        Object.entries(row.secrets).map(([field, sealed]) => [field, stale(sealed) ? cipher.encrypt(cipher.decrypt(sealed, { record: id, field }), { record: id, field }) : sealed]),
      );
      // The version is not bumped: nothing a client can see changed, and an If-Match in flight stays valid.
      await tx.query("update customers set secrets = $2::jsonb where id = $1", [id, JSON.stringify(secrets)]);
      counts.customers++;
    });
  }

  const endpoints = await db.query<{ id: string }>("select id from webhook_endpoints");
  for (const { id } of endpoints.rows) {
    await db.transaction(async (tx) => {
      const row = (await tx.query<{ secret: string; previous_secret: string | null }>("select secret, previous_secret from webhook_endpoints where id = $1 for update", [id])).rows[0];
      if (!row || !(stale(row.secret) || stale(row.previous_secret))) return;
      const again = (value: string | null, field: string) => (value === null ? null : cipher.encrypt(cipher.decrypt(value, { record: id, field }), { record: id, field }));
      await tx.query("update webhook_endpoints set secret = $2, previous_secret = $3 where id = $1", [id, again(row.secret, "secret"), again(row.previous_secret, "previousSecret")]);
      counts.webhookSecrets++;
    });
  }

  if (deps.storage && deps.sealedStorage) counts.documents = await reencryptDocuments(db, cipher, deps.storage, deps.sealedStorage);
  return counts;
}

async function reencryptDocuments(db: Database, cipher: TFieldCipher, raw: TDocumentStorage, sealed: TDocumentStorage): Promise<number> {
  let rewritten = 0;
  const rows = await db.query<{ id: string; storage_name: string }>("select id, storage_name from documents");
  for (const { id, storage_name: name } of rows.rows) {
    const stored = await raw.get(name);
    const text = stored ? Buffer.from(stored).toString("latin1") : "";
    // Plain files (written before documents were encrypted) and files on an older key.
    const needs = stored !== null && (!text.startsWith("v1.") || cipher.needsRotation(text));
    if (!needs) continue;
    const bytes = (await sealed.get(name))!;
    const fresh = `doc_${randomBytes(16).toString("hex")}`;
    await sealed.put(fresh, bytes);
    const moved = await db.transaction(async (tx) => (await tx.query("update documents set storage_name = $2 where id = $1 and storage_name = $3", [id, fresh, name])).affectedRows);
    await raw.delete(moved ? name : fresh);
    if (moved) rewritten++;
  }
  return rewritten;
}
