import { toCustomerView, toUnmaskedCustomerView } from "../../core/customer/customer-view.ts";
import { computeRequirements, type TRequirements } from "../../core/requirements/compute-requirements.ts";
import type { TCustomerRecord } from "../../core/customer/customer-record.ts";
import type { TDocumentSummary } from "../../core/requirements/document-types.ts";

/**
 * Requirements are never stored: they are computed from the customer each time
 * it is shown, by the one function in core/, so they can't drift from the rules.
 */
export function requirementsOf(record: TCustomerRecord, documents: TDocumentSummary[], ownershipThreshold?: number) {
  return computeRequirements({
    customer: record,
    documents,
    // msa and euAccountTos are asked only of customers whose program needs them (a later setting).
    acceptances: { tos: record.tos === "approved" },
    // Documents that arrived before a reviewer asked again don't answer the request.
    reviewRequestedAt: record.reviewRequestedAt ?? null,
    ownershipThreshold,
  });
}

/** The masked customer as the API shows it (seed 004's shape, PII masked). */
export function presentCustomer(record: TCustomerRecord, documents: TDocumentSummary[] = [], ownershipThreshold?: number) {
  return presentWithRequirements(record, requirementsOf(record, documents, ownershipThreshold));
}

/** The same, with requirements the caller computed for exactly this record and its documents. */
export function presentWithRequirements(record: TCustomerRecord, { requirements, ubos }: TRequirements) {
  return toCustomerView(record, { requirements, uboRequirements: ubos });
}

/** The full PII, only for the audited unmask endpoint. */
export function presentUnmaskedCustomer(record: TCustomerRecord, documents: TDocumentSummary[] = [], ownershipThreshold?: number) {
  const { requirements, ubos } = requirementsOf(record, documents, ownershipThreshold);
  return toUnmaskedCustomerView(record, { requirements, uboRequirements: ubos });
}
