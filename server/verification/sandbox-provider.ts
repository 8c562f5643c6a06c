import type { TCustomerRecord } from "../../core/customer/customer-record.ts";
import type { TCheckName, TCheckResult, TVerificationInput, TVerificationProvider, TVerificationResult } from "./verification-provider.ts";

/**
 * The sandbox's magic values: deterministic outcomes for tests and demos, all of
 * them values that pass our validation (unlike SSN 000-00-0000, which can't be issued).
 * An individual's `firstName`, or a business's `name`, containing the word as a
 * whole word (any case: "Review", "Acme Review LLC") — or the last 4 digits of
 * the SSN (individual) / EIN (business), e.g. SSN 123-45-3333, EIN 12-3453333:
 *
 * | word      | last 4 | outcome                                                                      |
 * |-----------|--------|------------------------------------------------------------------------------|
 * | (none)    | other  | approved                                                                     |
 * | Reject    | 2222   | rejected (sanctions match)                                                   |
 * | Review    | 3333   | additionalReviewRequired, reason proof_of_address; approved once a proof of address is on file |
 * | Sanctions | 4444   | additionalReviewRequired, reason sanctions_screening (waits for a manual review) |
 * | Error     | 5555   | the provider fails (the job is retried with backoff)                         |
 */
export const SANDBOX_MAGIC = {
  reject: { word: "reject", last4: "2222" },
  review: { word: "review", last4: "3333" },
  sanctions: { word: "sanctions", last4: "4444" },
  error: { word: "error", last4: "5555" },
} as const;

export const SANDBOX_PROVIDER_NAME = "sandbox";

/** Thrown for the `Error` magic value. */
export class SandboxProviderError extends Error {
  override readonly name = "SandboxProviderError";
}

/**
 * The default provider: decides from the magic values above, without network.
 * Customers created with `mock: true` always use it. `delayMs` makes it answer
 * that much later, like a real vendor, so `pending` can be seen in a demo
 * (`ONBOARDING_SANDBOX_DELAY_MS`); tests leave it at 0.
 * @example createSandboxProvider({ delayMs: 3000 }).verify({ customer, documents: [], readDocument })
 */
export function createSandboxProvider({ delayMs = 0 }: { delayMs?: number } = {}): TVerificationProvider {
  return {
    name: SANDBOX_PROVIDER_NAME,
    async verify({ customer, documents }: TVerificationInput): Promise<TVerificationResult> {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const is = (magic: { word: string; last4: string }) => matches(customer, magic);
      const pass = (code: string, reason: string): TCheckResult => ({ decision: "pass", codes: [code], reasons: [reason] });
      const breakdown: Partial<Record<TCheckName, TCheckResult>> = {
        identity: pass("identity_verified", "Name, date of birth and identifier match (sandbox)."),
        address: pass("address_verified", "The address matches (sandbox)."),
        document: pass("document_authentic", "The identity document looks authentic (sandbox)."),
        sanctions: pass("no_sanctions_match", "No match on sanctions or PEP lists (sandbox)."),
        ...(customer.type === "business" ? { business: pass("business_registered", "The business is registered and active (sandbox).") } : {}),
      };
      if (is(SANDBOX_MAGIC.error)) throw new SandboxProviderError("sandbox magic value: the provider is unavailable");
      if (is(SANDBOX_MAGIC.reject)) {
        breakdown.sanctions = { decision: "fail", codes: ["sanctions_match"], reasons: ["The name matches a sanctions list entry (sandbox magic value)."] };
        return { decision: "rejected", reason: null, breakdown };
      }
      if (is(SANDBOX_MAGIC.sanctions)) {
        breakdown.sanctions = { decision: "review", codes: ["possible_sanctions_match"], reasons: ["A possible sanctions match needs a reviewer (sandbox magic value)."] };
        return { decision: "additionalReviewRequired", reason: "sanctions_screening", breakdown };
      }
      if (is(SANDBOX_MAGIC.review) && !documents.some((d) => d.type === "proofOfAddressDocument" && d.uboId === null)) {
        breakdown.address = { decision: "review", codes: ["address_unverified"], reasons: ["The address could not be verified: a proof of address is needed (sandbox magic value)."] };
        return { decision: "additionalReviewRequired", reason: "proof_of_address", breakdown };
      }
      return { decision: "approved", reason: null, breakdown };
    },
  };
}

function matches(customer: TCustomerRecord, { word, last4 }: { word: string; last4: string }): boolean {
  const name = (customer.type === "business" ? customer.name : customer.firstName) ?? "";
  const identifier = (customer.type === "business" ? customer.ein : customer.ssn) ?? "";
  // Whole words, so "Terrorr" or "Preview Ltd" don't trip a magic value by accident.
  return name.toLowerCase().split(/[^a-z]+/).includes(word) || identifier.endsWith(last4);
}
