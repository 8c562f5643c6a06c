import type { TCustomerRecord } from "../../core/customer/customer-record.ts";
import type { TAdditionalReviewRequiredReason } from "../../core/customer/enums.ts";
import type { TDocumentMeta } from "../documents/document-store.ts";

/** What a provider decides: seed 004's kyc outcomes. */
export type TVerificationDecision = "approved" | "rejected" | "additionalReviewRequired";

/** The checks a decision is broken down into (seed 003's `breakdown`); `business` only for KYB. */
export type TCheckName = "identity" | "address" | "document" | "sanctions" | "business";

/** One check's outcome: machine codes (stable, for `switch`) and reasons in words for an operator. */
export type TCheckResult = { decision: "pass" | "fail" | "review"; codes: string[]; reasons: string[] };

export type TVerificationResult = {
  decision: TVerificationDecision;
  /** Required with `additionalReviewRequired`: what the customer or a reviewer must look at. */
  reason: TAdditionalReviewRequiredReason | null;
  breakdown: Partial<Record<TCheckName, TCheckResult>>;
};

/**
 * What a provider gets: the whole, unmasked customer (it is the one party that
 * must see the PII), its documents' metadata, and a reader for their bytes.
 */
export type TVerificationInput = {
  customer: TCustomerRecord;
  documents: TDocumentMeta[];
  readDocument: (documentId: string) => Promise<Uint8Array>;
};

/**
 * The seam for a KYC vendor. `verify` may take as long as the vendor needs; it
 * runs outside any transaction, and a thrown error is retried with backoff.
 * It must not have side effects on our data: the worker records the result.
 *
 * @example
 * const vendor: TVerificationProvider = { name: "acme-kyc", verify: async ({ customer }) => callAcme(customer) };
 * createApp({ …, verificationProvider: vendor });
 */
export interface TVerificationProvider {
  readonly name: string;
  verify(input: TVerificationInput): Promise<TVerificationResult>;
}
