import type { TCustomerView, TDocumentType } from "../api/types";

/** One upload slot of the business documents step; `key` is the upload state key and the error path. */
export type TBusinessSlot = { key: string; type: TDocumentType; uboId?: string; ownerName?: string; due: boolean };

const COMPANY_DOCUMENTS = ["incorporationDocument", "shareholderDocument", "statementOfFunds"] as const;

/**
 * The company documents (seed 004: incorporation, shareholder registry, statement
 * of funds) and each owner's identity document (`ubos.<id>.identityDocument`), in
 * that order; `due` while core still requires it.
 */
export function businessDocumentSlots(c: TCustomerView): TBusinessSlot[] {
  const slots: TBusinessSlot[] = COMPANY_DOCUMENTS.map((type) => ({ key: type, type, due: c.requirements.includes(type) }));
  for (const ubo of c.ubos ?? []) {
    const name = [ubo.firstName, ubo.lastName].filter(Boolean).join(" ");
    slots.push({ key: "identityDocumentFront:" + ubo.id, type: "identityDocumentFront", uboId: ubo.id, ownerName: name, due: ubo.requirements.includes("identityDocument") });
  }
  return slots;
}

/** Which step a server error path belongs to, for the review's "still needed" list. */
export const BUSINESS_SECTIONS = ["company", "owners", "documents", "terms"] as const;
