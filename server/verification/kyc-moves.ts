import { SELF_SERVICE_REVIEW_REASONS, kycTransitionProblem, type TKycCause } from "../../core/kyc/transitions.ts";
import type { TCustomerRecord } from "../../core/customer/customer-record.ts";
import type { TKycStatus } from "../../core/customer/enums.ts";
import type { TSettle } from "../customers/customer-service.ts";
import type { Queryable } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import type { TVerificationJobs } from "./verification-jobs.ts";
import type { TVerificationResult } from "./verification-provider.ts";

/** 409 `invalid_kyc_transition` naming both ends, when the status machine refuses a move. */
export function assertKycMove(from: TKycStatus, to: TKycStatus, cause: TKycCause): void {
  const problem = kycTransitionProblem(from, to, cause);
  if (problem) throw new ApiError(409, "invalid_kyc_transition", problem);
}

/**
 * The record changes of each kyc move; every one goes through `assertKycMove`,
 * and the caller saves the record through the customer service.
 */
export function createKycMoves({ jobs, clock }: { jobs: TVerificationJobs; clock: () => Date }) {
  /** → pending, and queue a provider decision in the same transaction. */
  async function toPending(tx: Queryable, record: TCustomerRecord, cause: "submit" | "resubmit"): Promise<TCustomerRecord> {
    assertKycMove(record.kyc, "pending", cause);
    await jobs.enqueue(tx, record.id);
    return { ...record, kyc: "pending", additionalReviewRequiredReason: null, reviewRequestedAt: null };
  }

  /** Whether a reviewer's request was answered: its reason asks for a document, and one arrived since. */
  function reviewAnswered(record: TCustomerRecord, documents: Array<{ created?: string | null }>): boolean {
    const reason = record.additionalReviewRequiredReason;
    if (record.kyc !== "additionalReviewRequired" || !reason || !SELF_SERVICE_REVIEW_REASONS.includes(reason)) return false;
    const since = Date.parse(record.reviewRequestedAt ?? "");
    return documents.some((d) => d.created != null && (Number.isNaN(since) || Date.parse(d.created) > since));
  }

  /**
   * The customer service's `settle`: with nothing left to provide, an incomplete
   * customer is submitted (API writes; the widget submits explicitly), and a
   * customer asked for a document returns to `pending` once it arrived.
   */
  const settle: TSettle = async (tx, record, { requirements, documents }, { submitWhenComplete }) => {
    if (requirements.length > 0) return record;
    if (record.kyc === "incomplete" && submitWhenComplete) return toPending(tx, record, "submit");
    if (reviewAnswered(record, documents)) return toPending(tx, record, "resubmit");
    return record;
  };

  /** Explicit submit: 422 `requirements_outstanding` listing what is due; a pending customer is left as is. */
  async function submit(tx: Queryable, record: TCustomerRecord, requirements: string[]): Promise<TCustomerRecord> {
    if (record.kyc === "pending") return record;
    const cause = record.kyc === "additionalReviewRequired" ? "resubmit" : "submit";
    assertKycMove(record.kyc, "pending", cause);
    const reason = record.additionalReviewRequiredReason;
    if (cause === "resubmit" && (!reason || !SELF_SERVICE_REVIEW_REASONS.includes(reason))) {
      throw new ApiError(409, "invalid_kyc_transition", `kyc can't move from additionalReviewRequired to pending: the reason ${reason ?? "(none)"} waits for a reviewer's decision (POST /v1/customer/:id/review).`);
    }
    if (requirements.length > 0) {
      throw new ApiError(422, "requirements_outstanding", `The customer can't be submitted yet: ${requirements.join(", ")} still required.`,
        requirements.map((path) => ({ path, code: "required", message: "Still required before submitting." })));
    }
    return toPending(tx, record, cause);
  }

  /** A decision by the provider or a reviewer, applied to the record. */
  function decide(record: TCustomerRecord, result: Pick<TVerificationResult, "decision" | "reason">, cause: "provider" | "reviewer"): TCustomerRecord {
    assertKycMove(record.kyc, result.decision, cause);
    const review = result.decision === "additionalReviewRequired";
    return {
      ...record,
      kyc: result.decision,
      additionalReviewRequiredReason: review ? result.reason : null,
      // Documents already on file don't answer a request made now (core's reviewRequestedAt).
      reviewRequestedAt: review ? clock().toISOString() : null,
    };
  }

  return { settle, submit, decide };
}

export type TKycMoves = ReturnType<typeof createKycMoves>;
