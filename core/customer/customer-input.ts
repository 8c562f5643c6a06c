import * as z from "zod/mini";
import { codedCheck } from "../validation/coded-check.ts";
import { ZBase64Document } from "../validation/document.ts";
import { ZDob } from "../validation/dob.ts";
import { ZEin } from "../validation/ein.ts";
import { ZEmail } from "../validation/email.ts";
import { ZLookupKey } from "../validation/lookup-key.ts";
import { ZMeta } from "../validation/meta.ts";
import { ZPhoneNumber } from "../validation/phone-number.ts";
import { ZSsn } from "../validation/ssn.ts";
import { ZText } from "../validation/text.ts";
import { ZWebsite } from "../validation/website.ts";
import { ZAddressInput } from "./address.ts";
import {
  ZBusinessType,
  ZCustomerType,
  ZEstimatedAnnualRevenueUsd,
  ZHighRiskActivity,
  ZSourceOfFundsDescription,
} from "./enums.ts";
import { ZUboInput } from "./ubo.ts";

/** Seed 004 allows a list of owners; 25 is plenty (four can own ≥ 25 %, plus control persons). */
export const MAX_UBOS = 25;

/** `none_of_the_above` can't be combined with an activity (issue 5), and no value twice. */
const ZHighRiskActivities = z.array(ZHighRiskActivity).check(
  z.maxLength(12),
  codedCheck<string[]>("invalid_high_risk_activities", (values) => {
    if (new Set(values).size !== values.length) return "List each high-risk activity once.";
    if (values.includes("none_of_the_above") && values.length > 1) {
      return "none_of_the_above can't be combined with other activities.";
    }
    return null;
  }),
);

/**
 * Every writable field of seed 004's create and update parameters (individual
 * and business). Nullable fields accept `null` to clear. Fields the API owns
 * (`id`, `kyc`, `tos`, `requirements`, statuses, …) are absent, so the strict
 * objects refuse them as `unknown_field`. Documents and `tosAccepted` are passed
 * through for the server (stored as documents / acceptances, not on the record).
 */
const writableFields = {
  meta: z.nullish(ZMeta),
  lookupKey: z.nullish(ZLookupKey),
  email: z.nullish(ZEmail),
  phoneNumber: z.nullish(ZPhoneNumber),
  website: z.nullish(ZWebsite),
  highVolume: z.nullish(z.boolean()),
  address: z.nullish(ZAddressInput),
  // Individual
  firstName: z.nullish(ZText(100)),
  lastName: z.nullish(ZText(100)),
  dob: z.nullish(ZDob),
  ssn: z.nullish(ZSsn),
  actingAsIntermediary: z.nullish(z.boolean()),
  employmentStatus: z.nullish(ZText(100)),
  expectedMonthlyPayments: z.nullish(ZText(100)),
  mostRecentOccupation: z.nullish(ZText(100)),
  // Business
  businessType: z.nullish(ZBusinessType),
  /** The business's legal name; also shown as `firstName` (seed 004). */
  name: z.nullish(ZText(200)),
  ein: z.nullish(ZEin),
  /** Company registration number for a non-US business (no EIN). */
  registrationNumber: z.nullish(ZText(50)),
  description: z.nullish(ZText(1000)),
  sourceOfFunds: z.nullish(ZText(500)),
  thirdParty: z.nullish(z.boolean()),
  thirdPartyMessage: z.nullish(ZText(1000)),
  estimatedAnnualRevenueUsd: z.nullish(ZEstimatedAnnualRevenueUsd),
  expectedMonthlyPaymentsUsd: z.nullish(z.number().check(z.minimum(0), z.maximum(1e12))),
  operatesInProhibitedCountries: z.nullish(z.boolean()),
  highRiskActivities: z.nullish(ZHighRiskActivities),
  sourceOfFundsDescription: z.nullish(ZSourceOfFundsDescription),
  transmitsCustomerFunds: z.nullish(z.boolean()),
  transmitsCustomerFundsDescription: z.nullish(ZText(1000)),
  ubos: z.optional(z.array(ZUboInput).check(z.maxLength(MAX_UBOS))),
  /** Issue 5: "the list of beneficial owners is complete"; `false`/`null` withdraws it. */
  ownersAttestedComplete: z.nullish(z.boolean()),
  // Handled by the server, never merged into the record
  tosAccepted: z.optional(z.boolean()),
  tosDisclaimer: z.optional(z.string().check(z.maxLength(1000))),
  identityDocumentFront: z.optional(ZBase64Document),
  identityDocumentBack: z.optional(ZBase64Document),
  proofOfAddressDocument: z.optional(ZBase64Document),
  incorporationDocument: z.optional(ZBase64Document),
  shareholderDocument: z.optional(ZBase64Document),
  statementOfFunds: z.optional(ZBase64Document),
};

/**
 * `POST /v1/customer` body. May be `{}` (seed 002); `type` defaults to `individual`,
 * `mock` to false.
 * @example ZCustomerCreateInput.parse({ type: "business", name: "Acme Inc." })
 */
export const ZCustomerCreateInput = z.strictObject({
  ...writableFields,
  type: z._default(ZCustomerType, "individual"),
  mock: z._default(z.boolean(), false),
});
export type TCustomerCreateInput = z.infer<typeof ZCustomerCreateInput>;

/**
 * `POST /v1/customer/:id` body: a partial update ("any parameters not provided
 * are left unchanged", seed 004). `type` is accepted here; whether it may still
 * change (only while `kyc` is incomplete) is the server's rule.
 */
export const ZCustomerUpdateInput = z.strictObject({
  ...writableFields,
  type: z.optional(ZCustomerType),
});
export type TCustomerUpdateInput = z.infer<typeof ZCustomerUpdateInput>;

/** Input keys that the server handles itself and `applyCustomerInput` ignores. */
export const SERVER_HANDLED_INPUT_KEYS = [
  "tosAccepted",
  "tosDisclaimer",
  "identityDocumentFront",
  "identityDocumentBack",
  "proofOfAddressDocument",
  "incorporationDocument",
  "shareholderDocument",
  "statementOfFunds",
] as const;
