import { IDENTITY_REVIEW_RULE, REVIEW_RULES, TERMS_RULES } from "./common-rules.ts";
import type { TRequirementContext } from "./requirement-context.ts";
import { type TRequirementRule, addressRules, isMissing } from "./requirement-rules.ts";

/**
 * What an individual (KYC) must provide, in the order the widget asks.
 * Seed 004: a US individual created with name, email, phone, address and dob
 * still needs `customerIdentityDocument` and `ssn`.
 * - `ssn` only when the address is in the USA (a non-US person has none; their
 *   identity document stands in). Unknown country: not yet due, and
 *   `address.country` is.
 */
export const INDIVIDUAL_RULES: ReadonlyArray<TRequirementRule<TRequirementContext>> = [
  { path: "firstName", due: (c) => isMissing(c.customer.firstName) },
  { path: "lastName", due: (c) => isMissing(c.customer.lastName) },
  { path: "email", due: (c) => isMissing(c.customer.email) },
  { path: "phoneNumber", due: (c) => isMissing(c.customer.phoneNumber) },
  { path: "dob", due: (c) => isMissing(c.customer.dob) },
  { path: "ssn", due: (c) => c.customer.address.country === "USA" && isMissing(c.customer.ssn) },
  ...addressRules<TRequirementContext>((c) => c.customer.address),
  {
    path: "customerIdentityDocument",
    due: (c) => !c.hasDocument("identityDocumentFront") || IDENTITY_REVIEW_RULE.due(c),
  },
  ...REVIEW_RULES,
  ...TERMS_RULES,
];
