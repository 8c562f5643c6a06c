import * as z from "zod/mini";
import { formatEin } from "../validation/ein.ts";
import { formatSsn } from "../validation/ssn.ts";
import { ZAddress } from "./address.ts";
import type { TCustomerRecord } from "./customer-record.ts";
import * as e from "./enums.ts";
import { ZDateParts, ZMaskedDate, ZMaskedIdentifier, maskDate, maskIdentifier } from "./masked-pii.ts";
import { ZUboView, ZUnmaskedUboView, toUboView, toUnmaskedUboView } from "./ubo-view.ts";

const nullableString = z.nullable(z.string());
const nullableBoolean = z.nullable(z.boolean());

/**
 * The customer in API responses: every field of seed 004's response example, in
 * its names and types, plus ours (`status`, `name`, `registrationNumber`, KYB
 * answers, individual questionnaire). `ssn`, `ein`, `dob` are masked.
 */
export const ZCustomerView = z.object({
  id: z.string(),
  meta: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  description: nullableString,
  sourceOfFunds: nullableString,
  thirdParty: nullableBoolean,
  thirdPartyMessage: nullableString,
  lookupKey: nullableString,
  type: e.ZCustomerType,
  status: e.ZCustomerStatus,
  kyc: e.ZKycStatus,
  tos: e.ZTosStatus,
  msa: e.ZMsaStatus,
  euAccountTos: e.ZEuAccountTosStatus,
  operatingResidency: e.ZOperatingResidencyStatus,
  isProhibitedBusinessType: nullableBoolean,
  website: nullableString,
  additionalReviewRequiredReason: z.nullable(e.ZAdditionalReviewRequiredReason),
  requirements: z.array(z.string()),
  address: ZAddress,
  ubos: z.array(ZUboView),
  /** Issue 5: the owners list was attested complete, and when (ISO 8601). */
  ownersAttestedComplete: nullableBoolean,
  ownersAttestedAt: nullableString,
  email: nullableString,
  firstName: nullableString,
  lastName: nullableString,
  name: nullableString,
  phoneNumber: nullableString,
  highVolume: nullableBoolean,
  dob: ZMaskedDate,
  ssn: ZMaskedIdentifier,
  ein: ZMaskedIdentifier,
  registrationNumber: nullableString,
  actingAsIntermediary: nullableBoolean,
  employmentStatus: nullableString,
  expectedMonthlyPayments: nullableString,
  mostRecentOccupation: nullableString,
  businessType: z.nullable(e.ZBusinessType),
  estimatedAnnualRevenueUsd: z.nullable(e.ZEstimatedAnnualRevenueUsd),
  expectedMonthlyPaymentsUsd: z.nullable(z.number()),
  operatesInProhibitedCountries: nullableBoolean,
  highRiskActivities: z.nullable(z.array(e.ZHighRiskActivity)),
  sourceOfFundsDescription: z.nullable(e.ZSourceOfFundsDescription),
  transmitsCustomerFunds: nullableBoolean,
  transmitsCustomerFundsDescription: nullableString,
  mock: z.boolean(),
  wallets: z.array(z.string()),
  bankAccounts: z.array(z.string()),
  achPullUserIntentId: nullableString,
  verificationLevels: z.array(
    z.object({ name: z.literal("ach_pull"), status: e.ZVerificationLevelStatus, requirements: z.array(z.string()) }),
  ),
  created: z.string(),
  updated: z.string(),
});
export type TCustomerView = z.infer<typeof ZCustomerView>;

/** The customer for the audited unmask endpoint (seed 003): `ssn` `123-45-6789`, `ein` `12-3456789`, full `dob`. */
export const ZUnmaskedCustomerView = z.extend(ZCustomerView, {
  dob: z.nullable(ZDateParts),
  ssn: nullableString,
  ein: nullableString,
  ubos: z.array(ZUnmaskedUboView),
});
export type TUnmaskedCustomerView = z.infer<typeof ZUnmaskedCustomerView>;

type TViewOptions = { requirements: string[]; uboRequirements: Record<string, string[]> };

/**
 * The response shape of a customer, PII masked. Built field by field (no spread of
 * the record), so a field added to the record never reaches a response by accident.
 * @example toCustomerView(record, computeRequirements({ … }) → { requirements, uboRequirements: ubos })
 */
export function toCustomerView(record: TCustomerRecord, { requirements, uboRequirements }: TViewOptions): TCustomerView {
  const r = record;
  return {
    id: r.id, meta: { ...r.meta }, description: r.description, sourceOfFunds: r.sourceOfFunds,
    thirdParty: r.thirdParty, thirdPartyMessage: r.thirdPartyMessage, lookupKey: r.lookupKey,
    type: r.type, status: r.status, kyc: r.kyc, tos: r.tos, msa: r.msa, euAccountTos: r.euAccountTos,
    operatingResidency: r.operatingResidency, isProhibitedBusinessType: r.isProhibitedBusinessType,
    website: r.website, additionalReviewRequiredReason: r.additionalReviewRequiredReason,
    requirements: [...requirements], address: { ...r.address },
    ubos: r.ubos.map((ubo) => toUboView(ubo, [...(uboRequirements[ubo.id] ?? [])])),
    ownersAttestedComplete: r.ownersAttestedComplete ?? null, ownersAttestedAt: r.ownersAttestedAt ?? null,
    email: r.email, firstName: r.firstName, lastName: r.lastName, name: r.name, phoneNumber: r.phoneNumber,
    highVolume: r.highVolume, dob: maskDate(r.dob), ssn: maskIdentifier(r.ssn), ein: maskIdentifier(r.ein),
    registrationNumber: r.registrationNumber, actingAsIntermediary: r.actingAsIntermediary,
    employmentStatus: r.employmentStatus, expectedMonthlyPayments: r.expectedMonthlyPayments,
    mostRecentOccupation: r.mostRecentOccupation, businessType: r.businessType,
    estimatedAnnualRevenueUsd: r.estimatedAnnualRevenueUsd, expectedMonthlyPaymentsUsd: r.expectedMonthlyPaymentsUsd,
    operatesInProhibitedCountries: r.operatesInProhibitedCountries,
    highRiskActivities: r.highRiskActivities ? [...r.highRiskActivities] : null,
    sourceOfFundsDescription: r.sourceOfFundsDescription, transmitsCustomerFunds: r.transmitsCustomerFunds,
    transmitsCustomerFundsDescription: r.transmitsCustomerFundsDescription, mock: r.mock,
    wallets: [...r.wallets], bankAccounts: [...r.bankAccounts], achPullUserIntentId: r.achPullUserIntentId,
    verificationLevels: r.verificationLevels.map((level) => ({ ...level, requirements: [...level.requirements] })),
    created: r.created, updated: r.updated,
  };
}

/** The unmasked response shape, for `GET /v1/customer/:id/unmask` only (the server audits each call). */
export function toUnmaskedCustomerView(record: TCustomerRecord, options: TViewOptions): TUnmaskedCustomerView {
  return {
    ...toCustomerView(record, options),
    dob: record.dob === null ? null : { ...record.dob },
    ssn: record.ssn === null ? null : formatSsn(record.ssn),
    ein: record.ein === null ? null : formatEin(record.ein),
    ubos: record.ubos.map((ubo) => toUnmaskedUboView(ubo, [...(options.uboRequirements[ubo.id] ?? [])])),
  };
}
