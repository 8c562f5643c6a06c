import type { TCustomerCreateInput, TCustomerUpdateInput } from "../../core/customer/customer-input.ts";
import type { TDocumentType } from "../../core/requirements/document-types.ts";
import type { TInputHandler } from "../customers/customer-service.ts";
import { decodeBase64Document } from "./decode-base64.ts";
import type { TDocumentService, TPreparedDocument } from "./document-service.ts";

/** Seed 004's base64 fields on the customer, named as the document types they store. */
const CUSTOMER_FIELDS = [
  "identityDocumentFront", "identityDocumentBack", "proofOfAddressDocument",
  "incorporationDocument", "shareholderDocument", "statementOfFunds",
] as const satisfies ReadonlyArray<TDocumentType & keyof TCustomerUpdateInput>;
const UBO_FIELDS = ["identityDocumentFront", "identityDocumentBack"] as const;

/**
 * The customer service's input handler for seed 004's inline documents: every
 * base64 field of a create/update (and of each `ubos[]` entry) becomes a stored
 * document in the same transaction. All are decoded and checked before the
 * first file is written, so one bad field stores none of them.
 */
export function inlineDocumentsHandler(documents: TDocumentService): TInputHandler {
  return async (tx, { before, record, input }) => {
    const prepared: TPreparedDocument[] = [];
    for (const field of CUSTOMER_FIELDS) {
      const text = input[field];
      if (typeof text === "string") prepared.push(await documents.prepare(record, field, null, decodeBase64Document(text, field), field));
    }
    const ubos = input.ubos ?? [];
    const uboIds = ubos.length ? uboIdsOfInput(before?.ubos.map((u) => u.id) ?? [], record.ubos.map((u) => u.id), input) : [];
    for (const [index, ubo] of ubos.entries()) {
      for (const field of UBO_FIELDS) {
        const text = ubo[field];
        const path = `ubos.${index}.${field}`;
        if (typeof text === "string") prepared.push(await documents.prepare(record, field, uboIds[index]!, decodeBase64Document(text, path), path));
      }
    }
    if (prepared.length > 0) await documents.persist(tx, record.id, prepared);
    return record;
  };
}

/**
 * The UBO id each `ubos[]` entry ended up with: its own `id`, or for a new owner
 * the id it was given (new owners are appended in input order by applyCustomerInput).
 */
function uboIdsOfInput(beforeIds: string[], afterIds: string[], input: TCustomerCreateInput | TCustomerUpdateInput): string[] {
  const added = afterIds.filter((id) => !beforeIds.includes(id));
  let next = 0;
  return (input.ubos ?? []).map((ubo) => ubo.id ?? added[next++]!);
}
