import type { TRequirementContext } from "./requirement-context.ts";
import type { TRequirementRule } from "./requirement-rules.ts";

/**
 * Requirements at the end of both flows (documents step, then terms step).
 * - `proofOfAddressDocument` / `customerIdentityDocument` again: only while a
 *   reviewer asked for it (`additionalReviewRequiredReason`) and none arrived since.
 * - `tos` until accepted; `msa` / `euAccountTos` only when asked of this customer.
 */
export const REVIEW_RULES: ReadonlyArray<TRequirementRule<TRequirementContext>> = [
  {
    path: "proofOfAddressDocument",
    due: (c) =>
      c.customer.additionalReviewRequiredReason === "proof_of_address" && !c.hasDocumentSinceReview("proofOfAddressDocument"),
  },
];

/** A second identity document after an unreadable one (appears once, before `tos`). */
export const IDENTITY_REVIEW_RULE: TRequirementRule<TRequirementContext> = {
  path: "customerIdentityDocument",
  due: (c) =>
    c.customer.additionalReviewRequiredReason === "identity_document_unreadable" &&
    !c.hasDocumentSinceReview("identityDocumentFront"),
};

export const TERMS_RULES: ReadonlyArray<TRequirementRule<TRequirementContext>> = [
  { path: "tos", due: (c) => !c.acceptances.tos },
  { path: "msa", due: (c) => c.acceptances.msa === false },
  { path: "euAccountTos", due: (c) => c.acceptances.euAccountTos === false },
];
