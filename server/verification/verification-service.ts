import type { TAdditionalReviewRequiredReason } from "../../core/customer/enums.ts";
import type { TChangeOptions, TClientInfo, TCustomerService } from "../customers/customer-service.ts";
import type { TCustomerSnapshot } from "../customers/customer-store.ts";
import type { Database, Queryable } from "../db/database.ts";
import type { TDocumentService } from "../documents/document-service.ts";
import { ApiError } from "../http/api-error.ts";
import type { TLogger } from "../http/error-handler.ts";
import type { TKycMoves } from "./kyc-moves.ts";
import type { TClaimedJob, TVerificationJobs } from "./verification-jobs.ts";
import type { TVerificationDecision, TVerificationProvider, TVerificationResult } from "./verification-provider.ts";
import { verificationResults } from "./verification-results.ts";

export type TVerificationServiceDeps = {
  db: Database;
  customers: TCustomerService;
  documents: TDocumentService;
  jobs: TVerificationJobs;
  moves: TKycMoves;
  /** The configured provider (the sandbox unless a vendor is plugged in). */
  provider: TVerificationProvider;
  /** Always used for `mock: true` customers. */
  sandbox: TVerificationProvider;
  clock: () => Date;
  log: TLogger;
};

/** An operator's decision (seed 003 "Update a customer's identity decision"). */
export type TManualDecision = { decision: TVerificationDecision; reason?: TAdditionalReviewRequiredReason | undefined; note?: string | undefined };

/** Thrown inside the deciding transaction when the customer is no longer pending: rolls back, then the job is closed. */
class StaleJob extends Error {}

/**
 * Verification: explicit submit, the provider's decision for a claimed job, an
 * operator's manual decision, and the review read. Every kyc change is saved
 * through the customer service (so the change listener sees it) and checked by
 * core's status machine.
 */
export function createVerificationService(deps: TVerificationServiceDeps) {
  const { db, customers, documents, jobs, moves, clock, log } = deps;

  /** Runs the provider for one claimed job and records its decision exactly once. */
  async function processJob(job: TClaimedJob, workerId: string): Promise<void> {
    const loaded = await db.transaction(async (tx) => {
      const snapshot = await customers.retrieve(tx, job.customerId).catch(() => null);
      return snapshot && { record: snapshot.record, files: await documents.list(tx, job.customerId) };
    });
    if (!loaded || loaded.record.kyc !== "pending") {
      await db.transaction((tx) => jobs.finish(tx, job.id, loaded ? `not pending (${loaded.record.kyc})` : "customer erased"));
      return;
    }
    const provider = loaded.record.mock ? deps.sandbox : deps.provider;
    let result: TVerificationResult;
    try {
      result = checkResult(
        await provider.verify({
          customer: loaded.record,
          documents: loaded.files,
          readDocument: (id) => db.transaction(async (tx) => (await documents.download(tx, job.customerId, id)).bytes),
        }),
      );
    } catch (error) {
      const outcome = await db.transaction((tx) => jobs.retry(tx, job, error instanceof Error ? error.message : String(error)));
      log.error(`verification of ${job.customerId} by ${provider.name} failed (attempt ${job.attempts}, ${outcome})`, error);
      return;
    }
    try {
      await db.transaction(async (tx) => {
        // Both checks under locks: the job's lease is still ours, and the customer is still pending.
        if (!(await jobs.holds(tx, job.id, workerId))) return;
        await customers.change(
          tx,
          job.customerId,
          (record) => {
            if (record.kyc !== "pending") throw new StaleJob();
            return moves.decide(record, result, "provider");
          },
          { guard: "any", submitWhenComplete: false },
        );
        const created = clock().toISOString();
        await verificationResults.insert(tx, job.customerId, job.id, { ...result, source: "provider", provider: provider.name, note: null, actor: `provider:${provider.name}`, created });
        await jobs.finish(tx, job.id);
      });
    } catch (error) {
      if (!(error instanceof StaleJob || (error instanceof ApiError && error.code === "customer_not_found"))) throw error;
      await db.transaction(async (tx) => (await jobs.holds(tx, job.id, workerId)) && jobs.finish(tx, job.id, "no longer pending"));
    }
  }

  return {
    processJob,

    /**
     * Submits a complete customer for verification (`incomplete → pending`, or back
     * to `pending` after a requested document). 422 `requirements_outstanding`
     * with the due paths; 409 `invalid_kyc_transition` from approved/rejected; a
     * customer already pending is returned unchanged.
     * @example await verification.submit(tx, customerId)
     */
    async submit(tx: Queryable, customerId: string, options: TChangeOptions = {}): Promise<TCustomerSnapshot> {
      const current = await customers.retrieve(tx, customerId);
      if (current.record.kyc === "pending") return current;
      return customers.change(tx, customerId, async (record) => moves.submit(tx, record, await customers.requirements(tx, record)), {
        ...options,
        guard: "active",
        submitWhenComplete: false,
      });
    },

    /** An operator's decision, recorded with the note and written to the audit log. */
    async review(tx: Queryable, customerId: string, input: TManualDecision, client: TClientInfo & { actor: string }): Promise<TCustomerSnapshot> {
      const result = { decision: input.decision, reason: input.reason ?? null };
      const snapshot = await customers.change(tx, customerId, (record) => moves.decide(record, result, "reviewer"), { guard: "any", submitWhenComplete: false });
      const created = clock().toISOString();
      await verificationResults.insert(tx, customerId, null, { ...result, breakdown: {}, source: "manual", provider: null, note: input.note ?? null, actor: client.actor, created });
      await tx.query(
        `insert into audit_log (actor, action, customer_id, fields, ip, user_agent) values ($1, $2, $3, $4, $5, $6)`,
        [client.actor, `customer.review.${input.decision}`, customerId, ["kyc", "additionalReviewRequiredReason"], client.ip, client.userAgent],
      );
      return snapshot;
    },

    /** Seed 003's review: the customer, the latest decision (`identityDetails`), and every decision so far. */
    async getReview(tx: Queryable, customerId: string) {
      const snapshot = await customers.retrieve(tx, customerId);
      const history = await verificationResults.listOf(tx, customerId);
      return { customerDetails: await customers.present(tx, snapshot.record), identityDetails: history.at(-1) ?? null, history };
    },
  };
}

export type TVerificationService = ReturnType<typeof createVerificationService>;

const DECISIONS: ReadonlyArray<TVerificationDecision> = ["approved", "rejected", "additionalReviewRequired"];

/** A provider's answer is outside input too: a malformed one is an error to retry, not a decision. */
function checkResult(result: TVerificationResult): TVerificationResult {
  if (!result || !DECISIONS.includes(result.decision)) throw new Error(`provider returned an unknown decision: ${JSON.stringify(result?.decision)}`);
  if (result.decision === "additionalReviewRequired" && !result.reason) throw new Error("provider asked for additional review without a reason");
  return { decision: result.decision, reason: result.decision === "additionalReviewRequired" ? result.reason : null, breakdown: result.breakdown ?? {} };
}
