import * as z from "zod/mini";

// Each enum is marked pure so a bundle (the widget: the protocol, the business steps) keeps only the ones it uses.

/** Seed 004 `type`. */
export const ZCustomerType = /* @__PURE__ */ z.enum(["individual", "business"]);
export type TCustomerType = z.infer<typeof ZCustomerType>;

/** Seed 004 `kyc`. */
export const ZKycStatus = /* @__PURE__ */ z.enum(["incomplete", "pending", "additionalReviewRequired", "approved", "rejected"]);
export type TKycStatus = z.infer<typeof ZKycStatus>;

/** Seed 004 `tos`. */
export const ZTosStatus = /* @__PURE__ */ z.enum(["incomplete", "pending", "approved"]);
export type TTosStatus = z.infer<typeof ZTosStatus>;

/** Seed 004 `msa`. */
export const ZMsaStatus = /* @__PURE__ */ z.enum(["incomplete", "pending", "approved", "declined", "voided"]);
export type TMsaStatus = z.infer<typeof ZMsaStatus>;

/** Seed 004 `euAccountTos` (same values as `tos`). */
export const ZEuAccountTosStatus = /* @__PURE__ */ z.enum(["incomplete", "pending", "approved"]);
export type TEuAccountTosStatus = z.infer<typeof ZEuAccountTosStatus>;

/** Seed 004 `operatingResidency`. */
export const ZOperatingResidencyStatus = /* @__PURE__ */ z.enum(["incomplete", "approved", "rejected"]);
export type TOperatingResidencyStatus = z.infer<typeof ZOperatingResidencyStatus>;

/** Seed 001 `status`: a deactivated customer can't be updated until activated. */
export const ZCustomerStatus = /* @__PURE__ */ z.enum(["active", "deactivated"]);
export type TCustomerStatus = z.infer<typeof ZCustomerStatus>;

/** Seed 004 `estimatedAnnualRevenueUsd`: exactly its six bands. */
export const ZEstimatedAnnualRevenueUsd = /* @__PURE__ */ z.enum([
  "_0_99999",
  "_100000_999999",
  "_1000000_9999999",
  "_10000000_49999999",
  "_50000000_249999999",
  "_250000000_plus",
]);
export type TEstimatedAnnualRevenueUsd = z.infer<typeof ZEstimatedAnnualRevenueUsd>;

/** Seed 004 `highRiskActivities`: exactly its twelve values; `none_of_the_above` is exclusive. */
export const ZHighRiskActivity = /* @__PURE__ */ z.enum([
  "none_of_the_above",
  "adult_entertainment",
  "gambling",
  "hold_client_funds",
  "investment_activities",
  "lending_banking",
  "marijuana_or_related_services",
  "money_services",
  "operate_foreign_exchange_virtual_currencies_brokerage_otc",
  "safe_deposit_box_rentals",
  "third_party_payment_processing",
  "weapons_firearms_and_explosives",
]);
export type THighRiskActivity = z.infer<typeof ZHighRiskActivity>;

/**
 * `sourceOfFundsDescription`: seed 004 calls it an enum but lists no values.
 * Our choice: the origins a bank's business CDD questionnaire asks about
 * (FinCEN/FFIEC BSA/AML manual, "Customer Due Diligence"), plus `other`.
 */
export const ZSourceOfFundsDescription = /* @__PURE__ */ z.enum([
  "business_revenue",
  "investment_capital",
  "loans_or_credit",
  "grants_or_donations",
  "sale_of_assets",
  "owner_contributions",
  "other",
]);
export type TSourceOfFundsDescription = z.infer<typeof ZSourceOfFundsDescription>;

/** Seed 004 `businessType`: "One of individual, business". Kept as listed for compatibility. */
export const ZBusinessType = /* @__PURE__ */ z.enum(["individual", "business"]);
export type TBusinessType = z.infer<typeof ZBusinessType>;

/**
 * `additionalReviewRequiredReason`: seed 004 names the field (an enum) but no values.
 * Our choice: the reasons a reviewer sends a customer back for. `proof_of_address`
 * and `identity_document_unreadable` ask for a new document (requirements engine);
 * the others wait on the reviewer.
 */
export const ZAdditionalReviewRequiredReason = /* @__PURE__ */ z.enum([
  "proof_of_address",
  "identity_document_unreadable",
  "sanctions_screening",
  "ubo_verification",
]);
export type TAdditionalReviewRequiredReason = z.infer<typeof ZAdditionalReviewRequiredReason>;

/** Seed 004 `verificationLevels[].status` (its typo `convereted_to_user` corrected). */
export const ZVerificationLevelStatus = /* @__PURE__ */ z.enum([
  "approved",
  "pending",
  "retry",
  "document",
  "suspended",
  "rejected",
  "incomplete",
  "converted_to_user",
]);
export type TVerificationLevelStatus = z.infer<typeof ZVerificationLevelStatus>;
