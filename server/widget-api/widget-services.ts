import type { TCustomerRecord } from "../../core/customer/customer-record.ts";
import type { TChangeOptions } from "../customers/customer-service.ts";
import type { TUboService } from "../customers/ubo-service.ts";
import type { Queryable } from "../db/database.ts";

/**
 * The lifecycle services the widget API calls (server/documents, server/acceptances,
 * server/verification), as narrow structural types: this module depends on what it
 * uses, not on how they are built. Each is optional: without it the endpoint answers
 * 501 `not_available` (a deployment without that module), never a 500.
 */
export type TWidgetLifecycle = {
  documents?: {
    upload(tx: Queryable, input: { customerId: string; type: TDocumentUploadType; uboId: string | null; bytes: Uint8Array }, options?: TChangeOptions): Promise<unknown>;
  };
  acceptances?: {
    accept(
      tx: Queryable,
      input: { customerId: string; kind: "tos"; disclaimerVersion: string; ip: string | null; userAgent: string | null; actor?: string },
      options?: TChangeOptions,
    ): Promise<unknown>;
  };
  /** Beneficial owners of a business (issue 5): `/v1/widget/ubo…`. */
  ubos?: TUboService;
  verification?: {
    submit(tx: Queryable, customerId: string, options?: TChangeOptions): Promise<{ record: TCustomerRecord }>;
  };
};

export type TDocumentUploadType = "identityDocumentFront" | "identityDocumentBack" | "proofOfAddressDocument" | "incorporationDocument" | "shareholderDocument" | "statementOfFunds";
