import type { TAdditionalReviewRequiredReason, TKycStatus } from "../customer/enums.ts";

/**
 * Who or what moves a customer's `kyc`:
 * - `submit`: the customer (widget) or the host (API) hands in a complete customer;
 * - `resubmit`: the requirements a reviewer added are satisfied;
 * - `provider`: the verification provider's decision;
 * - `reviewer`: an operator's manual decision (`POST /v1/customer/:id/review`);
 * - `screening`: a business answered a prohibited activity or country (core/kyb/prohibited.ts).
 */
export type TKycCause = "submit" | "resubmit" | "provider" | "reviewer" | "screening";

/**
 * The KYC status machine, the ONE place that says which moves exist (issue 3).
 * `approved` and `rejected` are final: no cause leaves them, not even a reviewer,
 * because the host has already acted on the decision (paid out, closed the
 * account); a new decision needs a new customer. A reviewer may change the
 * reason of an `additionalReviewRequired` customer (→ itself).
 */
export const KYC_TRANSITIONS: Readonly<Record<TKycStatus, Readonly<Partial<Record<TKycStatus, ReadonlyArray<TKycCause>>>>>> = {
  incomplete: { pending: ["submit"], rejected: ["screening"] },
  pending: {
    approved: ["provider", "reviewer"],
    rejected: ["provider", "reviewer", "screening"],
    additionalReviewRequired: ["provider", "reviewer"],
  },
  additionalReviewRequired: {
    pending: ["resubmit"],
    approved: ["reviewer"],
    rejected: ["reviewer", "screening"],
    additionalReviewRequired: ["reviewer"],
  },
  approved: {},
  rejected: {},
};

/** Whether `cause` may move a customer from `from` to `to`. */
export function canTransition(from: TKycStatus, to: TKycStatus, cause: TKycCause): boolean {
  return KYC_TRANSITIONS[from][to]?.includes(cause) ?? false;
}

/**
 * Why a move is refused, in words a developer can act on, or `null` when allowed.
 * @example kycTransitionProblem("approved", "pending", "submit")
 * // "kyc can't move from approved to pending (approved is final)."
 */
export function kycTransitionProblem(from: TKycStatus, to: TKycStatus, cause: TKycCause): string | null {
  if (canTransition(from, to, cause)) return null;
  const allowed = Object.entries(KYC_TRANSITIONS[from])
    .filter(([, causes]) => causes?.includes(cause))
    .map(([target]) => target);
  const hint = allowed.length ? `by ${cause}, only to ${allowed.join(" or ")}` : `${from} is ${isFinal(from) ? "final" : `not left by ${cause}`}`;
  return `kyc can't move from ${from} to ${to} (${hint}).`;
}

/** `approved` and `rejected`: nothing leaves them. */
export function isFinal(status: TKycStatus): boolean {
  return Object.keys(KYC_TRANSITIONS[status]).length === 0;
}

/**
 * Reasons that ask the customer for something (a new document): once it is
 * provided, the customer returns to `pending` by itself. The other reasons
 * wait on a reviewer's manual decision.
 */
export const SELF_SERVICE_REVIEW_REASONS: ReadonlyArray<TAdditionalReviewRequiredReason> = ["proof_of_address", "identity_document_unreadable"];
