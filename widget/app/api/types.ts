/**
 * The shapes the widget API returns (server contract in the widget issue).
 * Kept local and structural because the widget reads only what it renders;
 * the server builds these from core's `toCustomerView`.
 */
import type { TFieldIssue } from "../../../core/errors/field-issue";
import type { TKycStatus } from "../../../core/protocol";

export type TAddressView = {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  postalCode?: string | null;
  state?: string | null;
  /** ISO 3166-1 alpha-3. */
  country?: string | null;
};

/** The masked customer the widget may see: never a full SSN or date of birth. */
export type TCustomerView = {
  id: string;
  type: "individual" | "business";
  kyc: TKycStatus;
  requirements: string[];
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phoneNumber?: string | null;
  address?: TAddressView | null;
  dob?: { provided: true } | null;
  ssn?: { provided: true; last4?: string } | null;
  tos?: string | null;
  additionalReviewRequiredReason?: string | null;
  /** The session left the type to the user: ask it first (issue 5). */
  typeOpen?: boolean;
} & Partial<TBusinessView>;

/** A business's part of the customer (seed 004 "For Business Customers", issue 5), PII masked. */
export type TBusinessView = {
  name: string | null;
  ein: { provided: true; last4?: string } | null;
  registrationNumber: string | null;
  description: string | null;
  website: string | null;
  businessType: string | null;
  estimatedAnnualRevenueUsd: string | null;
  expectedMonthlyPaymentsUsd: number | null;
  sourceOfFundsDescription: string | null;
  operatesInProhibitedCountries: boolean | null;
  highRiskActivities: string[] | null;
  transmitsCustomerFunds: boolean | null;
  transmitsCustomerFundsDescription: string | null;
  thirdParty: boolean | null;
  thirdPartyMessage: string | null;
  isProhibitedBusinessType: boolean | null;
  ownersAttestedComplete: boolean | null;
  ownershipThreshold: number;
  ubos: TUboView[];
};

/** A beneficial owner as the widget sees it (SSN, id number and date of birth masked). */
export type TUboView = {
  id: string;
  requirements: string[];
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phoneNumber: string | null;
  address: TAddressView;
  dob: { provided: true } | null;
  ssn: { provided: true; last4?: string } | null;
  idNumber: { provided: true; last4?: string } | null;
  ownershipPercentage: number | null;
  isControlPerson: boolean | null;
};

export type TSessionView = { id: string; expiresAt: string; locale: string | null; allowedOrigins: string[] };
export type TSessionData = { session: TSessionView; customer: TCustomerView };

export type TDocumentType =
  | "identityDocumentFront" | "identityDocumentBack" | "proofOfAddressDocument"
  | "incorporationDocument" | "shareholderDocument" | "statementOfFunds";
export type TDocumentView = { id: string; type: string; uboId: string | null; contentType: string; size: number; created: string };

/**
 * An API failure. `status` 0 = the request never got an answer (offline, CORS, aborted).
 * Codes the widget acts on: `client_secret_expired`, `invalid_client_secret`, `validation_failed`
 * (with `fields`), `network_error`; 413/415 uploads surface as their server codes.
 */
export type TApiError = { code: string; message: string; status: number; fields?: TFieldIssue[] };

/** Every call resolves (never rejects) to one of these. */
export type TResult<T> = { ok: true; data: T } | { ok: false; error: TApiError };

/** Upload progress, 0..1. */
export type TProgress = (fraction: number) => void;

/** What the model needs from the server; `createWidgetApi` implements it, tests fake it. */
export interface TWidgetApi {
  getSession(): Promise<TResult<TSessionData>>;
  updateCustomer(input: Record<string, unknown>): Promise<TResult<{ customer: TCustomerView }>>;
  /** `uboId`: an owner's identity document (issue 5). */
  uploadDocument(file: Blob, type: TDocumentType, onProgress?: TProgress, uboId?: string): Promise<TResult<{ document: TDocumentView; customer: TCustomerView }>>;
  /** Any other `/v1/widget` call answering the customer (owners, issue 5); optional: fakes may lack it. */
  send?<T>(method: string, path: string, body?: unknown): Promise<TResult<T & { customer: TCustomerView }>>;
  acceptTerms(): Promise<TResult<{ customer: TCustomerView }>>;
  submit(): Promise<TResult<{ customer: TCustomerView }>>;
  /** A single-use link that opens this session on another device (optional: fakes and older servers lack it). */
  createHandoff?(locale: string): Promise<TResult<{ url: string; expiresAt: string }>>;
  /** Live `{ kyc, requirements }` updates (SSE, else polling); returns its cleanup. */
  watch(onUpdate: (update: { kyc: TKycStatus; requirements: string[] }) => void): () => void;
}
