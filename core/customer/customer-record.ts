import type { TDateParts } from "../validation/dob.ts";
import type { TMeta } from "../validation/meta.ts";
import { type TAddress, emptyAddress } from "./address.ts";
import type {
  TAdditionalReviewRequiredReason,
  TBusinessType,
  TCustomerStatus,
  TCustomerType,
  TEstimatedAnnualRevenueUsd,
  TEuAccountTosStatus,
  THighRiskActivity,
  TKycStatus,
  TMsaStatus,
  TOperatingResidencyStatus,
  TSourceOfFundsDescription,
  TTosStatus,
  TVerificationLevelStatus,
} from "./enums.ts";
import type { TUboRecord } from "./ubo.ts";

export { applyCustomerInput } from "./apply-customer-input.ts";

/** Seed 004 `verificationLevels[]`. */
export type TVerificationLevel = { name: "ach_pull"; status: TVerificationLevelStatus; requirements: string[] };

/**
 * The stored customer, UNMASKED: what the server keeps (with `ssn`, `ein`, `dob`
 * encrypted at rest) and what the core rules read. Never sent as is: responses go
 * through `toCustomerView`. Every optional seed field is `null` when unset.
 */
export type TCustomerRecord = {
  /** `customer_` + 32 lowercase hex. */
  id: string;
  type: TCustomerType;
  status: TCustomerStatus;
  kyc: TKycStatus;
  tos: TTosStatus;
  msa: TMsaStatus;
  euAccountTos: TEuAccountTosStatus;
  operatingResidency: TOperatingResidencyStatus;
  isProhibitedBusinessType: boolean | null;
  additionalReviewRequiredReason: TAdditionalReviewRequiredReason | null;
  /**
   * When a reviewer asked for more (ISO 8601), or null: documents older than this
   * don't satisfy the added requirements. Not shown in the API view. Records
   * stored before this field existed lack it: read it as `?? null`.
   */
  reviewRequestedAt?: string | null;
  /**
   * Issue 5: the user attests that every owner of ≥ the threshold is listed (the
   * CDD rule can't be checked otherwise), with when. Cleared when an owner is
   * added or removed. Records stored before these fields existed lack them.
   */
  ownersAttestedComplete?: boolean | null;
  ownersAttestedAt?: string | null;
  /**
   * A widget session created without `type` or `customer` leaves the choice to the
   * user (issue 5 "type choice"); cleared by the first write that sets `type`.
   * Internal: shown only to the widget.
   */
  typeOpen?: boolean;
  mock: boolean;
  meta: TMeta;
  lookupKey: string | null;
  email: string | null;
  phoneNumber: string | null;
  /** For a business: its legal name (seed 004: "the name of the business"). */
  firstName: string | null;
  lastName: string | null;
  /** A business's legal name. */
  name: string | null;
  description: string | null;
  website: string | null;
  highVolume: boolean | null;
  dob: TDateParts | null;
  /** 9 digits. */
  ssn: string | null;
  /** 9 digits. */
  ein: string | null;
  registrationNumber: string | null;
  address: TAddress;
  // Individual questionnaire (seed 004 update parameters)
  actingAsIntermediary: boolean | null;
  employmentStatus: string | null;
  expectedMonthlyPayments: string | null;
  mostRecentOccupation: string | null;
  // Business KYB (seed 004 "For Business Customers")
  businessType: TBusinessType | null;
  sourceOfFunds: string | null;
  thirdParty: boolean | null;
  thirdPartyMessage: string | null;
  estimatedAnnualRevenueUsd: TEstimatedAnnualRevenueUsd | null;
  expectedMonthlyPaymentsUsd: number | null;
  operatesInProhibitedCountries: boolean | null;
  highRiskActivities: THighRiskActivity[] | null;
  sourceOfFundsDescription: TSourceOfFundsDescription | null;
  transmitsCustomerFunds: boolean | null;
  transmitsCustomerFundsDescription: string | null;
  ubos: TUboRecord[];
  // Linked resources (seed 004), owned by other parts of the system
  wallets: string[];
  bankAccounts: string[];
  achPullUserIntentId: string | null;
  verificationLevels: TVerificationLevel[];
  /** ISO 8601. */
  created: string;
  /** ISO 8601. */
  updated: string;
};

/**
 * A new customer: every field `null`, statuses `incomplete`, `status` active,
 * `meta` empty (seed 004's create response for `{}`). The optional fields are
 * here too: adding a field to a copy of this 50-field object later takes V8's
 * slow path, measured at 6–7 µs a create against 1 µs for the whole merge (issue 7).
 * @example createEmptyCustomerRecord({ id: "customer_…", type: "individual", mock: false, now: "2024-08-22T16:13:01.227Z" })
 */
export function createEmptyCustomerRecord({
  id,
  type,
  mock,
  now,
}: {
  id: string;
  type: TCustomerType;
  mock: boolean;
  now: string;
}): TCustomerRecord {
  return {
    id,
    type,
    status: "active",
    kyc: "incomplete",
    tos: "incomplete",
    msa: "incomplete",
    euAccountTos: "incomplete",
    operatingResidency: "incomplete",
    isProhibitedBusinessType: null,
    additionalReviewRequiredReason: null,
    reviewRequestedAt: null,
    ownersAttestedComplete: null,
    ownersAttestedAt: null,
    typeOpen: false,
    mock,
    meta: {},
    lookupKey: null,
    email: null,
    phoneNumber: null,
    firstName: null,
    lastName: null,
    name: null,
    description: null,
    website: null,
    highVolume: null,
    dob: null,
    ssn: null,
    ein: null,
    registrationNumber: null,
    address: emptyAddress(),
    actingAsIntermediary: null,
    employmentStatus: null,
    expectedMonthlyPayments: null,
    mostRecentOccupation: null,
    businessType: null,
    sourceOfFunds: null,
    thirdParty: null,
    thirdPartyMessage: null,
    estimatedAnnualRevenueUsd: null,
    expectedMonthlyPaymentsUsd: null,
    operatesInProhibitedCountries: null,
    highRiskActivities: null,
    sourceOfFundsDescription: null,
    transmitsCustomerFunds: null,
    transmitsCustomerFundsDescription: null,
    ubos: [],
    wallets: [],
    bankAccounts: [],
    achPullUserIntentId: null,
    verificationLevels: [],
    created: now,
    updated: now,
  };
}
