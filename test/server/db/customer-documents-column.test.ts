import { describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";

/** Migration 007: `customers.documents` follows every change of `documents`, whoever makes it. */
describe.each(databaseKinds)("the customer's documents column on %s", (kind) => {
  let db: Database;
  useTestDatabase(kind, (opened) => (db = opened));

  const addDocument = (id: string, type: string, uboId: string | null, at: string) =>
    db.query(
      `insert into documents (id, customer_id, ubo_id, type, content_type, size_bytes, sha256, storage_name, created_at)
       values ($1, 'customer_a', $2, $3, 'application/pdf', 10, $4, $1, $5)`,
      [id, uboId, type, "a".repeat(64), at],
    );
  const column = async () => (await db.query<{ documents: unknown }>("select documents from customers where id = 'customer_a'")).rows[0]!.documents;

  it("lists the documents in upload order as they are added, moved and removed", async () => {
    await db.query("insert into customers (id, type, record) values ('customer_a', 'individual', '{}'::jsonb)");
    expect(await column()).toEqual([]);
    await addDocument("document_1", "identityDocumentFront", null, "2026-11-22T10:00:00.123Z");
    await addDocument("document_2", "identityDocumentFront", "ubo_1", "2026-11-22T10:00:01Z");
    expect(await column()).toEqual([
      { type: "identityDocumentFront", uboId: null, created: "2026-11-22T10:00:00.123Z" },
      { type: "identityDocumentFront", uboId: "ubo_1", created: "2026-11-22T10:00:01.000Z" },
    ]);
    await db.query("update documents set type = 'proofOfAddressDocument' where id = 'document_1'");
    await db.query("delete from documents where id = 'document_2'");
    expect(await column()).toEqual([{ type: "proofOfAddressDocument", uboId: null, created: "2026-11-22T10:00:00.123Z" }]);
  });
});
