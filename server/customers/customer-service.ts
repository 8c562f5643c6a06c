import { applyCustomerInput, createEmptyCustomerRecord, type TCustomerRecord } from "../../core/customer/customer-record.ts";
import { SERVER_HANDLED_INPUT_KEYS, type TCustomerCreateInput, type TCustomerUpdateInput } from "../../core/customer/customer-input.ts";
import { checkCustomerRecord } from "../../core/customer/check-customer-record.ts";
import { UnknownUboError } from "../../core/errors/unknown-ubo-error.ts";
import type { Queryable } from "../db/database.ts";
import { ApiError, validationError } from "../http/api-error.ts";
import type { TCustomerFilters, TCustomerSnapshot, TCustomerStore, TReveal } from "./customer-store.ts";
import { assertIfMatch } from "./etag.ts";
import { decodeCursor, encodeCursor } from "./list-cursor.ts";
import { presentCustomer, presentUnmaskedCustomer, presentWithRequirements } from "./present-customer.ts";
import type { TRequirements } from "../../core/requirements/compute-requirements.ts";
import type { TDocumentSummary } from "../../core/requirements/document-types.ts";
import { requirementsOf as requirementsWith } from "./present-customer.ts";
import { DEFAULT_OWNERSHIP_THRESHOLD } from "../../core/kyb/ownership-rules.ts";
import { screenBusiness } from "../../core/kyb/prohibited.ts";
import { createRandomPool } from "../crypto/random-pool.ts";

/**
 * Told of every stored change, inside its transaction (the webhook outbox listens here).
 * `requirements` are the due paths before and after (null: no customer), computed with
 * the documents on file at each moment, so an upload that changes only the
 * requirements is seen too.
 */
export type TCustomerChangeListener = (
  tx: Queryable,
  change: { before: TCustomerRecord | null; after: TCustomerRecord | null; requirements?: { before: string[] | null; after: string[] | null } },
) => Promise<void>;

/** Who asked for a change (socket address and User-Agent), for acceptance and audit records. */
export type TClientInfo = { ip: string | null; userAgent: string | null; actor?: string };

/** How a change is made on a caller's behalf. */
export type TChangeOptions = {
  client?: TClientInfo;
  /**
   * Set by create and update: false when the body carries no inline documents, so the
   * documents on file are those read with the customer (none for a new one).
   */
  inlineDocuments?: boolean;
  /**
   * Submit for verification when the change leaves nothing required (issue 3: "an
   * API update that completes the set"). Default true, the API's rule; the widget
   * passes false and submits explicitly from its review step.
   */
  submitWhenComplete?: boolean;
  ifMatch?: string | undefined;
};

/**
 * Stores what an input carries besides the record (seed 004's base64 documents,
 * `tosAccepted`), in the change's transaction, before the record is saved.
 * Returns the record, possibly changed (e.g. `tos: "approved"`).
 */
export type TInputHandler = (
  tx: Queryable,
  context: { before: TCustomerRecord | null; record: TCustomerRecord; input: TCustomerCreateInput | TCustomerUpdateInput; client: TClientInfo },
) => Promise<TCustomerRecord>;

/**
 * The automatic kyc moves after a change (the verification module): submit when
 * complete, return to `pending` once a reviewer's request is met. Gets the record
 * about to be saved and its requirements; returns the record to save.
 */
export type TSettle = (
  tx: Queryable,
  record: TCustomerRecord,
  state: { requirements: string[]; documents: TDocumentSummary[] },
  options: { submitWhenComplete: boolean },
) => Promise<TCustomerRecord>;

/** Which customers `change` accepts: like an update, any active one, or any live one. */
export type TChangeGuard = "editable" | "active" | "any";

export type TCustomerServiceDeps = {
  store: TCustomerStore;
  /** The documents of a customer, for its requirements (the documents module provides them). */
  documentsOf?: (tx: Queryable, customerId: string) => Promise<TDocumentSummary[]>;
  onChange?: TCustomerChangeListener;
  /** Run in order on create/update inputs (documents, acceptances). */
  inputHandlers?: TInputHandler[];
  settle?: TSettle;
  clock: () => Date;
  /** Minimum age of an individual or UBO, in years (ONBOARDING_MINIMUM_AGE). */
  minimumAge: number;
  /** Percent from which a beneficial owner must be listed (ONBOARDING_OWNERSHIP_THRESHOLD, default 25). */
  ownershipThreshold?: number;
};

/** Seed 004's sentence, word for word: "You can not update a customer that has already been KYCd." */
const ALREADY_KYCD = "You can not update a customer that has already been KYCd.";

/**
 * The rules of the customer resource. Every method runs inside the caller's
 * transaction, so a refused change leaves nothing half-written.
 */
export function createCustomerService(deps: TCustomerServiceDeps) {
  const { store, clock, minimumAge, documentsOf, onChange, inputHandlers = [], settle } = deps;
  const ownershipThreshold = deps.ownershipThreshold ?? DEFAULT_OWNERSHIP_THRESHOLD;
  const now = () => clock().toISOString();
  const noClient: TClientInfo = { ip: null, userAgent: null };
  const requirementsOf = (record: TCustomerRecord, documents: TDocumentSummary[]) => requirementsWith(record, documents, ownershipThreshold);

  async function requirementsFor(tx: Queryable, record: TCustomerRecord): Promise<string[]> {
    return requirementsOf(record, (await documentsOf?.(tx, record.id)) ?? []).requirements;
  }

  /**
   * The one path every write takes: build the new record (input handlers may store
   * documents and acceptances meanwhile), let `settle` make the automatic kyc move,
   * save, and tell the listener, all in the caller's transaction.
   */
  async function write(
    tx: Queryable,
    current: TCustomerSnapshot | null,
    build: () => Promise<TCustomerRecord>,
    options: TChangeOptions,
    autoSettle = true,
  ): Promise<TCustomerSnapshot> {
    const before = current ? requirementsOf(current.record, current.documents ?? (await documentsOf?.(tx, current.record.id)) ?? []).requirements : null;
    // Prohibited answers end a business's onboarding whoever wrote them (API or widget).
    let record = screenBusiness(await build());
    // Input handlers may have stored documents meanwhile, if this very request carried some
    // inline; otherwise they are the ones read with the customer (none for a new one).
    const documents = options.inlineDocuments === false ? (current?.documents ?? []) : ((await documentsOf?.(tx, record.id)) ?? []);
    let computed = requirementsOf(record, documents);
    if (settle && autoSettle) {
      const settled = await settle(tx, record, { requirements: computed.requirements, documents }, { submitWhenComplete: options.submitWhenComplete ?? true });
      // A kyc move changes what is due (a pending customer owes nothing more); no move, nothing to redo.
      if (settled !== record) computed = requirementsOf(settled, documents);
      record = settled;
    }
    const after = computed.requirements;
    const snapshot = current ? await store.save(tx, record, current.version) : await store.insert(tx, record, documents);
    await onChange?.(tx, { before: current?.record ?? null, after: snapshot.record, requirements: { before, after } });
    return { ...snapshot, documents, requirements: computed };
  }

  async function handleInput(
    tx: Queryable,
    before: TCustomerRecord | null,
    record: TCustomerRecord,
    input: TCustomerCreateInput | TCustomerUpdateInput,
    options: TChangeOptions,
  ): Promise<TCustomerRecord> {
    let next = record;
    for (const handler of inputHandlers) next = await handler(tx, { before, record: next, input, client: options.client ?? noClient });
    return next;
  }

  function check(record: TCustomerRecord): void {
    const today = clock();
    const issues = checkCustomerRecord(record, {
      today: { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1, day: today.getUTCDate() },
      minimumAge,
    });
    if (issues.length) throw validationError(issues);
  }

  /** `at`: the one moment of the change, so a new customer's `created` and `updated` are equal. */
  function apply(record: TCustomerRecord, input: TCustomerUpdateInput | TCustomerCreateInput, at: string): TCustomerRecord {
    try {
      return applyCustomerInput(record, input, { newUboId, now: at });
    } catch (error) {
      if (error instanceof UnknownUboError) throw new ApiError(422, "validation_failed", error.message, [error.issue]);
      throw error;
    }
  }

  async function loadLive(tx: Queryable, id: string, forUpdate = false, reveal: TReveal = "all"): Promise<TCustomerSnapshot> {
    const snapshot = await store.load(tx, id, { forUpdate, reveal });
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

  /**
   * While verification runs, the data being verified is frozen: the decision must be
   * about what was submitted. Only the host's own bookkeeping may change meanwhile.
   */
  function assertNotUnderReview(record: TCustomerRecord, changedKeys: string[] | null): void {
    if (record.kyc !== "pending") return;
    if (changedKeys && changedKeys.every((key) => HOST_BOOKKEEPING_KEYS.has(key))) return;
    throw new ApiError(409, "customer_pending_review", "Verification of this customer is in progress. Wait for the decision (a webhook tells you), then update it.");
  }

  return {
    /** `typeOpen`: a widget session without a type lets the user choose it (issue 5). */
    async create(tx: Queryable, input: TCustomerCreateInput, options: TChangeOptions & { typeOpen?: boolean } = {}): Promise<TCustomerSnapshot> {
      const at = now();
      const empty = createEmptyCustomerRecord({ id: newId("customer"), type: input.type ?? "individual", mock: input.mock ?? false, now: at });
      const applied = apply(empty, input, at);
      const record = options.typeOpen ? { ...applied, typeOpen: true } : applied;
      check(record);
      return write(tx, null, () => handleInput(tx, null, record, input, options), { ...options, inlineDocuments: carriesDocuments(input) });
    },

    retrieve: (tx: Queryable, id: string) => loadLive(tx, id),

    /** A customer read only to be shown masked (`present`): its dates of birth stay sealed (customer-store.ts). */
    show: (tx: Queryable, id: string) => loadLive(tx, id, false, "masked"),

    async update(tx: Queryable, id: string, input: TCustomerUpdateInput, ifMatch?: string, options: TChangeOptions = {}): Promise<TCustomerSnapshot> {
      const current = await loadForChange(tx, id, ifMatch);
      assertNotUnderReview(current.record, Object.keys(input));
      if (input.type !== undefined && input.type !== current.record.type && current.record.kyc !== "incomplete") {
        throw new ApiError(409, "customer_type_locked", "The customer type can only change while KYC is incomplete.");
      }
      const record = apply(current.record, input, now());
      check(record);
      return write(tx, current, () => handleInput(tx, current.record, record, input, options), { ...options, inlineDocuments: carriesDocuments(input) });
    },

    /**
     * Changes a customer through a function of its locked record: the seam for the
     * documents, acceptances and verification modules, so each of their changes is
     * saved, settled and reported like an update. `guard` "editable" refuses what an
     * update refuses (deactivated, approved); "active" only deactivated; "any" none
     * (verification decisions, which the kyc status machine checks instead).
     */
    async change(
      tx: Queryable,
      id: string,
      mutate: (record: TCustomerRecord) => Promise<TCustomerRecord> | TCustomerRecord,
      options: TChangeOptions & { guard?: TChangeGuard } = {},
    ): Promise<TCustomerSnapshot> {
      const guard = options.guard ?? "editable";
      const current = guard === "editable" ? await loadForChange(tx, id, options.ifMatch) : await loadLive(tx, id, true);
      if (guard === "editable") assertNotUnderReview(current.record, null);
      else assertIfMatch(options.ifMatch, current.version);
      if (guard === "active" && current.record.status === "deactivated") {
        throw new ApiError(409, "customer_deactivated", "This customer is deactivated. Activate it (PATCH /v1/customer/:id/activate) first.");
      }
      return write(tx, current, async () => ({ ...(await mutate(current.record)), updated: now() }), options);
    },

    /** The due requirement paths of a stored customer, with its documents. */
    requirements: (tx: Queryable, record: TCustomerRecord) => requirementsFor(tx, record),

    /** Seed 001: deactivate / activate. Repeating either is harmless and returns the customer. */
    async setStatus(tx: Queryable, id: string, status: "active" | "deactivated", ifMatch?: string): Promise<TCustomerSnapshot> {
      const current = await loadLive(tx, id, true);
      assertIfMatch(ifMatch, current.version);
      if (current.record.status === status) return current;
      return write(tx, current, async () => ({ ...current.record, status, updated: now() }), {}, false);
    },

    /** GDPR erasure; returns the document files to delete once the transaction has committed. */
    async erase(tx: Queryable, id: string, ifMatch?: string): Promise<{ documentFiles: string[] }> {
      const current = await loadLive(tx, id, true);
      assertIfMatch(ifMatch, current.version);
      const erased = await store.erase(tx, current, now());
      await onChange?.(tx, { before: current.record, after: null });
      return erased;
    },

    /**
     * The customer as the API shows it: masked, with its requirements computed now.
     * Pass the documents when the caller already holds them (a list page), or the
     * requirements a write just computed for this very record.
     */
    async present(tx: Queryable, record: TCustomerRecord, documents?: TDocumentSummary[], requirements?: TRequirements) {
      if (requirements) return presentWithRequirements(record, requirements);
      return presentCustomer(record, documents ?? (await documentsOf?.(tx, record.id)) ?? [], ownershipThreshold);
    },

    async presentUnmasked(tx: Queryable, record: TCustomerRecord) {
      return presentUnmaskedCustomer(record, (await documentsOf?.(tx, record.id)) ?? [], ownershipThreshold);
    },

    /** The configured ownership threshold, for the widget's instant feedback. */
    ownershipThreshold,

    /** A page of customers to show masked, like `show`. */
    async list(tx: Queryable, filters: TCustomerFilters, limit: number, cursor: string | undefined) {
      const page = await store.list(tx, filters, limit, decodeCursor(cursor), "masked");
      return { items: page.items, hasMore: page.hasMore, nextCursor: page.hasMore && page.lastSeq !== null ? encodeCursor(page.lastSeq) : null };
    },
  };
}

export type TCustomerService = ReturnType<typeof createCustomerService>;

/** Fields the host may change while a customer is being verified: they are not verified. */
const HOST_BOOKKEEPING_KEYS = new Set(["meta", "lookupKey"]);

const DOCUMENT_INPUT_KEYS = SERVER_HANDLED_INPUT_KEYS.filter((key) => key !== "tosAccepted" && key !== "tosDisclaimer");

/** Whether a create or update body carries base64 documents (seed 004), for the customer or any owner. */
function carriesDocuments(input: TCustomerCreateInput | TCustomerUpdateInput): boolean {
  return hasDocumentFields(input) || (input.ubos ?? []).some(hasDocumentFields);
}

function hasDocumentFields(value: object): boolean {
  return DOCUMENT_INPUT_KEYS.some((key) => (value as Record<string, unknown>)[key] != null);
}

const idRandom = createRandomPool();

/** Ids of the seed's shape: `customer_<32 hex>`, `ubo_<32 hex>`; 128 random bits, unguessable. */
export function newId(prefix: string): string {
  return `${prefix}_${idRandom.take(16).toString("hex")}`;
}

const newUboId = () => newId("ubo");
