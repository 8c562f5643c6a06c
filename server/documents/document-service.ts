import { createHash, randomBytes } from "node:crypto";
import type { TCustomerRecord } from "../../core/customer/customer-record.ts";
import type { TDocumentType } from "../../core/requirements/document-types.ts";
import type { TChangeOptions, TCustomerService } from "../customers/customer-service.ts";
import type { Queryable } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import type { TDocumentStorage } from "./document-storage.ts";
import type { TDocumentMeta, TDocumentStore } from "./document-store.ts";
import { type TInspectedDocument, inspectDocument } from "./inspect-document.ts";

/** Enough for every document type, front and back, for the customer and 25 owners, with retries. */
export const MAX_DOCUMENTS_PER_CUSTOMER = 50;

/** Types an owner can have: identity only (UBO_REQUIREMENT_BY_DOCUMENT in core). */
const UBO_DOCUMENT_TYPES: ReadonlyArray<TDocumentType> = ["identityDocumentFront", "identityDocumentBack"];

export type TDocumentServiceDeps = {
  store: TDocumentStore;
  storage: TDocumentStorage;
  customers: TCustomerService;
  clock: () => Date;
  maxPerCustomer?: number;
};

/** One file to store for a customer (`uboId` null) or one of its owners. */
export type TUploadInput = { customerId: string; type: TDocumentType; uboId?: string | null; bytes: Uint8Array };

/** A checked file, not yet stored. */
export type TPreparedDocument = { type: TDocumentType; uboId: string | null; inspected: TInspectedDocument };

/**
 * The rules of documents. File writes happen outside SQL: the file is written
 * first, then its row inserted, and the transaction removes the file if it rolls
 * back. A crash between the two leaves at worst an unreferenced file, never a
 * row without its file.
 */
export function createDocumentService({ store, storage, customers, clock, maxPerCustomer = MAX_DOCUMENTS_PER_CUSTOMER }: TDocumentServiceDeps) {
  /** Checks owner and type, then the file itself; `field` names the input field in errors. */
  async function prepare(record: TCustomerRecord, type: TDocumentType, uboId: string | null, bytes: Uint8Array, field?: string): Promise<TPreparedDocument> {
    if (uboId !== null) {
      if (!record.ubos.some((ubo) => ubo.id === uboId)) {
        throw new ApiError(422, "validation_failed", `No beneficial owner with id ${uboId} on this customer.`, [
          { path: "ubo", code: "unknown_ubo", message: "Use the id of one of this customer's UBOs, or leave it out." },
        ]);
      }
      if (!UBO_DOCUMENT_TYPES.includes(type)) {
        throw new ApiError(422, "validation_failed", `A beneficial owner can only have ${UBO_DOCUMENT_TYPES.join(" or ")}.`, [
          { path: "type", code: "invalid_document_type_for_ubo", message: `Use ${UBO_DOCUMENT_TYPES.join(" or ")} for an owner.` },
        ]);
      }
    }
    try {
      return { type, uboId, inspected: await inspectDocument(bytes) };
    } catch (error) {
      if (error instanceof ApiError && field && !error.fields) {
        throw new ApiError(error.status, error.code, `${field}: ${error.message}`, [{ path: field, code: error.code, message: error.message }]);
      }
      throw error;
    }
  }

  /** Stores prepared documents of one customer: the cap, then file, then row, for each. */
  async function persist(tx: Queryable, customerId: string, prepared: TPreparedDocument[]): Promise<TDocumentMeta[]> {
    if (prepared.length === 0) return [];
    if ((await store.countOf(tx, customerId)) + prepared.length > maxPerCustomer) {
      throw new ApiError(409, "document_limit_reached", `A customer can have at most ${maxPerCustomer} documents; this one has reached the limit.`);
    }
    const stored: TDocumentMeta[] = [];
    for (const { type, uboId, inspected } of prepared) {
      const id = `document_${randomBytes(16).toString("hex")}`;
      const storageName = `doc_${randomBytes(16).toString("hex")}`;
      if (!tx.onRollback) throw new Error("documents are stored inside db.transaction(), which removes their files if it rolls back");
      await storage.put(storageName, inspected.bytes);
      tx.onRollback(() => storage.delete(storageName));
      const meta: TDocumentMeta = {
        id, customerId, uboId, type, contentType: inspected.contentType, size: inspected.bytes.length,
        sha256: inspected.sha256, width: inspected.width, height: inspected.height, created: clock().toISOString(),
      };
      await store.insert(tx, { ...meta, storageName });
      stored.push(meta);
    }
    return stored;
  }

  return {
    prepare,
    persist,

    /**
     * Validates and stores one document, then saves the customer through its
     * service (new requirements, automatic kyc move, change listener).
     * Refused like an update for deactivated or approved customers.
     * @example await documents.upload(tx, { customerId, type: "identityDocumentFront", bytes }, { submitWhenComplete: false })
     */
    async upload(tx: Queryable, input: TUploadInput, options: TChangeOptions = {}): Promise<TDocumentMeta> {
      let stored: TDocumentMeta | undefined;
      await customers.change(
        tx,
        input.customerId,
        async (record) => {
          const prepared = await prepare(record, input.type, input.uboId ?? null, input.bytes);
          [stored] = await persist(tx, record.id, [prepared]);
          return record;
        },
        options,
      );
      return stored!;
    },

    /** Metadata of a live customer's documents, oldest first (404 for an unknown customer). */
    async list(tx: Queryable, customerId: string): Promise<TDocumentMeta[]> {
      await customers.retrieve(tx, customerId);
      return store.listOf(tx, customerId);
    },

    /** A document's bytes, checked against the hash recorded when it was stored. */
    async download(tx: Queryable, customerId: string, documentId: string): Promise<{ meta: TDocumentMeta; bytes: Uint8Array }> {
      await customers.retrieve(tx, customerId);
      const found = await store.find(tx, customerId, documentId);
      if (!found) throw new ApiError(404, "document_not_found", `No document with id ${documentId} on this customer.`);
      const bytes = await storage.get(found.storageName);
      const { storageName: _, ...meta } = found;
      if (!bytes || createHash("sha256").update(bytes).digest("hex") !== found.sha256) {
        throw new ApiError(500, "document_integrity_failed", "The stored file is missing or does not match its recorded hash. Upload the document again.");
      }
      return { meta, bytes };
    },
  };
}

export type TDocumentService = ReturnType<typeof createDocumentService>;

