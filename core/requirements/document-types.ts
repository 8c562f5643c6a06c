import * as z from "zod/mini";

/**
 * Kinds of document a customer or one of its UBOs uploads; the names are seed
 * 004's base64 input fields, so an inline upload and a multipart upload agree.
 */
export const ZDocumentType = z.enum([
  "identityDocumentFront",
  "identityDocumentBack",
  "proofOfAddressDocument",
  "incorporationDocument",
  "shareholderDocument",
  "statementOfFunds",
]);
export type TDocumentType = z.infer<typeof ZDocumentType>;

/**
 * The requirement a document satisfies on the customer. The front of an identity
 * document satisfies seed 004's `customerIdentityDocument`; the back is optional
 * (many ids have no useful back), so it satisfies nothing on its own.
 */
export const CUSTOMER_REQUIREMENT_BY_DOCUMENT: Readonly<Record<TDocumentType, string | null>> = {
  identityDocumentFront: "customerIdentityDocument",
  identityDocumentBack: null,
  proofOfAddressDocument: "proofOfAddressDocument",
  incorporationDocument: "incorporationDocument",
  shareholderDocument: "shareholderDocument",
  statementOfFunds: "statementOfFunds",
};

/** The requirement a document with a `uboId` satisfies on that UBO (relative path). */
export const UBO_REQUIREMENT_BY_DOCUMENT: Readonly<Record<TDocumentType, string | null>> = {
  identityDocumentFront: "identityDocument",
  identityDocumentBack: null,
  proofOfAddressDocument: null,
  incorporationDocument: null,
  shareholderDocument: null,
  statementOfFunds: null,
};

/** A document as the requirements engine sees it: its type, its UBO, when it arrived. */
export type TDocumentSummary = { type: TDocumentType; uboId?: string | null; created?: string | null };
