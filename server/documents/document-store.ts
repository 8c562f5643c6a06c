import type { TDocumentSummary, TDocumentType } from "../../core/requirements/document-types.ts";
import type { Queryable } from "../db/database.ts";
import type { TDocumentContentType } from "./inspect-document.ts";

/** A document as the API lists it: metadata only, never the bytes or where they are stored. */
export type TDocumentMeta = {
  id: string;
  customerId: string;
  uboId: string | null;
  type: TDocumentType;
  contentType: TDocumentContentType;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  created: string;
};

export type TStoredDocument = TDocumentMeta & { storageName: string };

type TRow = {
  id: string; customer_id: string; ubo_id: string | null; type: TDocumentType; content_type: TDocumentContentType;
  size_bytes: number; sha256: string; width: number | null; height: number | null; storage_name: string; created_at: string;
};

const COLUMNS = "id, customer_id, ubo_id, type, content_type, size_bytes, sha256, width, height, storage_name, created_at";

/** SQL for the `documents` table; no rules here (document-service.ts has them). */
export function createDocumentStore() {
  return {
    async insert(tx: Queryable, d: TStoredDocument): Promise<void> {
      await tx.query(
        `insert into documents (${COLUMNS}) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [d.id, d.customerId, d.uboId, d.type, d.contentType, d.size, d.sha256, d.width, d.height, d.storageName, d.created],
      );
    },

    /** A customer's documents, oldest first. */
    async listOf(tx: Queryable, customerId: string): Promise<TDocumentMeta[]> {
      const { rows } = await tx.query<TRow>(`select ${COLUMNS} from documents where customer_id = $1 order by seq`, [customerId]);
      return rows.map((row) => withoutStorage(fromRow(row)));
    },

    async find(tx: Queryable, customerId: string, documentId: string): Promise<TStoredDocument | null> {
      const { rows } = await tx.query<TRow>(`select ${COLUMNS} from documents where customer_id = $1 and id = $2`, [customerId, documentId]);
      return rows[0] ? fromRow(rows[0]) : null;
    },

    async countOf(tx: Queryable, customerId: string): Promise<number> {
      const { rows } = await tx.query<{ n: number }>("select count(*)::int as n from documents where customer_id = $1", [customerId]);
      return Number(rows[0]?.n ?? 0);
    },

    /** What the requirements engine reads: type, owner and arrival time of each document. */
    async summariesOf(tx: Queryable, customerId: string): Promise<TDocumentSummary[]> {
      const { rows } = await tx.query<{ type: TDocumentType; ubo_id: string | null; created_at: string }>(
        "select type, ubo_id, created_at from documents where customer_id = $1 order by seq",
        [customerId],
      );
      return rows.map((row) => ({ type: row.type, uboId: row.ubo_id, created: row.created_at }));
    },

  };
}

export type TDocumentStore = ReturnType<typeof createDocumentStore>;

function fromRow(row: TRow): TStoredDocument {
  return {
    id: row.id, customerId: row.customer_id, uboId: row.ubo_id, type: row.type, contentType: row.content_type,
    size: Number(row.size_bytes), sha256: row.sha256, width: row.width, height: row.height,
    storageName: row.storage_name, created: row.created_at,
  };
}

function withoutStorage({ storageName: _, ...meta }: TStoredDocument): TDocumentMeta {
  return meta;
}
