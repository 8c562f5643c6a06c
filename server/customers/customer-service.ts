import { randomBytes } from "node:crypto";
import { applyCustomerInput, createEmptyCustomerRecord, type TCustomerRecord } from "../../core/customer/customer-record.ts";
import type { TCustomerCreateInput, TCustomerUpdateInput } from "../../core/customer/customer-input.ts";
import { checkCustomerRecord } from "../../core/customer/check-customer-record.ts";
import { UnknownUboError } from "../../core/errors/unknown-ubo-error.ts";
import type { Queryable } from "../db/database.ts";
import { ApiError, validationError } from "../http/api-error.ts";
import type { TCustomerFilters, TCustomerSnapshot, TCustomerStore } from "./customer-store.ts";
import { assertIfMatch } from "./etag.ts";
import { decodeCursor, encodeCursor } from "./list-cursor.ts";
import { presentCustomer, presentUnmaskedCustomer } from "./present-customer.ts";
import type { TDocumentSummary } from "../../core/requirements/document-types.ts";

/** Told of every stored change, inside its transaction (the webhook outbox listens here). */
export type TCustomerChangeListener = (tx: Queryable, change: { before: TCustomerRecord | null; after: TCustomerRecord | null }) => Promise<void>;

export type TCustomerServiceDeps = {
  store: TCustomerStore;
  /** The documents of a customer, for its requirements (the documents module provides them). */
  documentsOf?: (tx: Queryable, customerId: string) => Promise<TDocumentSummary[]>;
  onChange?: TCustomerChangeListener;
  clock: () => Date;
  /** Minimum age of an individual or UBO, in years (ONBOARDING_MINIMUM_AGE). */
  minimumAge: number;
};

/** Seed 004's sentence, word for word: "You can not update a customer that has already been KYCd." */
const ALREADY_KYCD = "You can not update a customer that has already been KYCd.";

/**
 * The rules of the customer resource. Every method runs inside the caller's
 * transaction, so a refused change leaves nothing half-written.
 */
export function createCustomerService({ store, clock, minimumAge, documentsOf, onChange }: TCustomerServiceDeps) {
  const now = () => clock().toISOString();

  async function saved(tx: Queryable, before: TCustomerRecord | null, snapshot: TCustomerSnapshot): Promise<TCustomerSnapshot> {
    await onChange?.(tx, { before, after: snapshot.record });
    return snapshot;
  }

  function check(record: TCustomerRecord): void {
    const today = clock();
    const issues = checkCustomerRecord(record, {
      today: { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1, day: today.getUTCDate() },
      minimumAge,
    });
    if (issues.length) throw validationError(issues);
  }

  function apply(record: TCustomerRecord, input: TCustomerUpdateInput | TCustomerCreateInput): TCustomerRecord {
    try {
      return applyCustomerInput(record, input, { newUboId: () => newId("ubo"), now: now() });
    } catch (error) {
      if (error instanceof UnknownUboError) throw new ApiError(422, "validation_failed", error.message, [error.issue]);
      throw error;
    }
  }

  async function loadLive(tx: Queryable, id: string, forUpdate = false): Promise<TCustomerSnapshot> {
    const snapshot = await store.load(tx, id, { forUpdate });
    if (!snapshot) throw new ApiError(404, "customer_not_found", `No customer with id ${id}.`);
    return snapshot;
  }

  /** Loads a customer to change it: locked, current, active and not yet KYCd. */
  async function loadForChange(tx: Queryable, id: string, ifMatch: string | undefined): Promise<TCustomerSnapshot> {
    const snapshot = await loadLive(tx, id, true);
    assertIfMatch(ifMatch, snapshot.version);
    if (snapshot.record.status === "deactivated") {
      throw new ApiError(409, "customer_deactivated", "This customer is deactivated. Activate it (PATCH /v1/customer/:id/activate) before updating it.");
    }
    if (snapshot.record.kyc === "approved") throw new ApiError(409, "customer_already_kycd", ALREADY_KYCD);
    return snapshot;
  }

  return {
    async create(tx: Queryable, input: TCustomerCreateInput): Promise<TCustomerSnapshot> {
      const empty = createEmptyCustomerRecord({ id: newId("customer"), type: input.type ?? "individual", mock: input.mock ?? false, now: now() });
      const record = apply(empty, input);
      check(record);
      return saved(tx, null, await store.insert(tx, record));
    },

    retrieve: (tx: Queryable, id: string) => loadLive(tx, id),

    async update(tx: Queryable, id: string, input: TCustomerUpdateInput, ifMatch?: string): Promise<TCustomerSnapshot> {
      const current = await loadForChange(tx, id, ifMatch);
      if (input.type !== undefined && input.type !== current.record.type && current.record.kyc !== "incomplete") {
        throw new ApiError(409, "customer_type_locked", "The customer type can only change while KYC is incomplete.");
      }
      const record = { ...apply(current.record, input), updated: now() };
      check(record);
      return saved(tx, current.record, await store.save(tx, record, current.version));
    },

    /** Seed 001: deactivate / activate. Repeating either is harmless and returns the customer. */
    async setStatus(tx: Queryable, id: string, status: "active" | "deactivated", ifMatch?: string): Promise<TCustomerSnapshot> {
      const current = await loadLive(tx, id, true);
      assertIfMatch(ifMatch, current.version);
      if (current.record.status === status) return current;
      return saved(tx, current.record, await store.save(tx, { ...current.record, status, updated: now() }, current.version));
    },

    async erase(tx: Queryable, id: string, ifMatch?: string): Promise<void> {
      const current = await loadLive(tx, id, true);
      assertIfMatch(ifMatch, current.version);
      await store.erase(tx, current, now());
      await onChange?.(tx, { before: current.record, after: null });
    },

    /** The customer as the API shows it: masked, with its requirements computed now. */
    async present(tx: Queryable, record: TCustomerRecord) {
      return presentCustomer(record, (await documentsOf?.(tx, record.id)) ?? []);
    },

    async presentUnmasked(tx: Queryable, record: TCustomerRecord) {
      return presentUnmaskedCustomer(record, (await documentsOf?.(tx, record.id)) ?? []);
    },

    async list(tx: Queryable, filters: TCustomerFilters, limit: number, cursor: string | undefined) {
      const page = await store.list(tx, filters, limit, decodeCursor(cursor));
      return { items: page.items, hasMore: page.hasMore, nextCursor: page.hasMore && page.lastSeq !== null ? encodeCursor(page.lastSeq) : null };
    },
  };
}

export type TCustomerService = ReturnType<typeof createCustomerService>;

/** Ids of the seed's shape: `customer_<32 hex>`, `ubo_<32 hex>`; 128 random bits, unguessable. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(16).toString("hex")}`;
}
