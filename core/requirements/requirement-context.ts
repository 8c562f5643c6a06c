import type { TCustomerRecord } from "../customer/customer-record.ts";
import { DEFAULT_OWNERSHIP_THRESHOLD } from "../kyb/ownership-rules.ts";
import type { TDocumentSummary, TDocumentType } from "./document-types.ts";

/** Which terms the customer has accepted. `msa`/`euAccountTos`: `undefined` = not asked of this customer. */
export type TAcceptances = { tos: boolean; msa?: boolean; euAccountTos?: boolean };

/** What the requirement tables read. */
export type TRequirementContext = {
  customer: TCustomerRecord;
  acceptances: TAcceptances;
  /** Whether a document of `type` is on file for the customer (`uboId` null) or that UBO. */
  hasDocument: (type: TDocumentType, uboId?: string | null) => boolean;
  /** Whether a document of `type` arrived after the reviewer asked again (see `reviewRequestedAt`). */
  hasDocumentSinceReview: (type: TDocumentType) => boolean;
  /** Percent from which an owner must be listed (31 CFR 1010.230: 25; configurable). */
  ownershipThreshold: number;
};

/**
 * Builds the context. A document without `created`, or any document when
 * `reviewRequestedAt` is not given, counts as arriving after the review request.
 */
export function createRequirementContext({
  customer,
  documents,
  acceptances,
  reviewRequestedAt,
  ownershipThreshold = DEFAULT_OWNERSHIP_THRESHOLD,
}: {
  customer: TCustomerRecord;
  documents: ReadonlyArray<TDocumentSummary>;
  acceptances: TAcceptances;
  reviewRequestedAt?: string | null;
  ownershipThreshold?: number;
}): TRequirementContext {
  return {
    customer,
    acceptances,
    ownershipThreshold,
    hasDocument(type, uboId = null) {
      return documents.some((document) => matches(document, type, uboId));
    },
    hasDocumentSinceReview(type) {
      return documents.some(
        (document) =>
          matches(document, type, null) &&
          (reviewRequestedAt == null || document.created == null || Date.parse(document.created) > Date.parse(reviewRequestedAt)),
      );
    },
  };
}

function matches(document: TDocumentSummary, type: TDocumentType, uboId: string | null): boolean {
  return document.type === type && (document.uboId ?? null) === uboId;
}
