import type { TCustomerRecord } from "../customer/customer-record.ts";
import { BUSINESS_CLOSING_RULES, BUSINESS_COMPANY_RULES, BUSINESS_OWNERS_RULES } from "./business-requirements.ts";
import type { TDocumentSummary } from "./document-types.ts";
import { INDIVIDUAL_RULES } from "./individual-requirements.ts";
import { type TAcceptances, createRequirementContext } from "./requirement-context.ts";
import { duePaths } from "./requirement-rules.ts";
import { UBO_RULES } from "./ubo-requirements.ts";

/** The requirements of a customer and of each of its UBOs (relative paths, by UBO id). */
export type TRequirements = { requirements: string[]; ubos: Record<string, string[]> };

/**
 * What a customer still has to provide: the ONE place that decides (DESIGN.md).
 * The server stores and returns it; the widget runs the same function for
 * instant feedback and shows a step only while one of its paths is due.
 *
 * Order is the widget's step order, stable across calls:
 * - individual: firstName, lastName, email, phoneNumber, dob, ssn (USA),
 *   address.line1, .city, .state (countries with subdivisions), .postalCode,
 *   .country, customerIdentityDocument, proofOfAddressDocument (review), tos,
 *   msa, euAccountTos (when asked);
 * - business: company fields, address, KYB questions, `ubos`, `ubos.controlPerson`, `ubos.attestation`,
 *   each UBO's `ubos.<uboId>.<path>` in list order, company documents, tos, ….
 *
 * Status is not consulted: an approved or deactivated customer gets its list
 * computed the same way; the server decides what to do with it.
 * `acceptances.msa`/`euAccountTos`: `false` makes them due, `undefined` = not asked.
 * `reviewRequestedAt`: documents uploaded before it don't satisfy a reviewer's request.
 * @example computeRequirements({ customer, documents: [], acceptances: { tos: false } })
 * // { requirements: ["ssn", "customerIdentityDocument", "tos"], ubos: {} }
 */
export function computeRequirements(input: {
  customer: TCustomerRecord;
  documents: ReadonlyArray<TDocumentSummary>;
  acceptances: TAcceptances;
  reviewRequestedAt?: string | null;
  /** Percent from which an owner must be listed (default 25, 31 CFR 1010.230). */
  ownershipThreshold?: number;
}): TRequirements {
  const context = createRequirementContext(input);
  if (input.customer.type === "individual") {
    return { requirements: duePaths(INDIVIDUAL_RULES, context), ubos: {} };
  }
  const ubos: Record<string, string[]> = {};
  for (const ubo of input.customer.ubos) ubos[ubo.id] = duePaths(UBO_RULES, { ubo, context });
  const uboPaths = input.customer.ubos.flatMap((ubo) => (ubos[ubo.id] ?? []).map((path) => `ubos.${ubo.id}.${path}`));
  return {
    requirements: [
      ...duePaths(BUSINESS_COMPANY_RULES, context),
      ...duePaths(BUSINESS_OWNERS_RULES, context),
      ...uboPaths,
      ...duePaths(BUSINESS_CLOSING_RULES, context),
    ],
    ubos,
  };
}
