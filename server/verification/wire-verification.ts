import type { TCustomerService, TCustomerServiceDeps, TInputHandler } from "../customers/customer-service.ts";
import { createAcceptanceService } from "../acceptances/acceptance-service.ts";
import type { Database } from "../db/database.ts";
import { createDocumentService, type TDocumentService } from "../documents/document-service.ts";
import type { TDocumentStorage } from "../documents/document-storage.ts";
import { createDocumentStore } from "../documents/document-store.ts";
import { inlineDocumentsHandler } from "../documents/inline-documents.ts";
import type { TLogger } from "../http/error-handler.ts";
import { createKycMoves } from "./kyc-moves.ts";
import { createSandboxProvider } from "./sandbox-provider.ts";
import { createVerificationJobs } from "./verification-jobs.ts";
import type { TVerificationProvider } from "./verification-provider.ts";
import { createVerificationService } from "./verification-service.ts";
import { createVerificationWorker } from "./verification-worker.ts";

export type TVerificationWiringDeps = {
  db: Database;
  clock: () => Date;
  log: TLogger;
  storage: TDocumentStorage;
  /** A KYC vendor; default: the sandbox. */
  provider?: TVerificationProvider | undefined;
  /** The sandbox's answer delay (ONBOARDING_SANDBOX_DELAY_MS). */
  sandboxDelayMs?: number | undefined;
};

/**
 * Builds documents, acceptances and verification around the customer service in
 * two steps, because they depend on each other: the customer service needs their
 * seams (documents for requirements, inline documents and `tosAccepted` on input,
 * the automatic kyc moves), and they save through the customer service.
 *
 * @example
 * const wiring = wireVerification({ db, clock, log, storage });
 * const customers = createCustomerService({ …, ...wiring.customerSeams });
 * const { documents, acceptances, verification, worker } = wiring.bind(customers);
 */
export function wireVerification({ db, clock, log, storage, provider, sandboxDelayMs }: TVerificationWiringDeps) {
  const store = createDocumentStore();
  const jobs = createVerificationJobs({ clock });
  const moves = createKycMoves({ jobs, clock });
  const sandbox = createSandboxProvider({ delayMs: sandboxDelayMs ?? 0 });
  // Set by bind(); the seams below only run on requests, after it.
  let documents: TDocumentService | null = null;
  let inlineDocuments: TInputHandler | null = null;
  let acceptances: ReturnType<typeof createAcceptanceService> | null = null;
  const bound = <T>(value: T | null): T => {
    if (value === null) throw new Error("wireVerification: call bind(customers) before serving requests");
    return value;
  };

  const customerSeams = {
    documentsOf: store.summariesOf,
    // Acceptances first: a bad tosDisclaimer is refused before any file is written.
    inputHandlers: [
      (tx, context) => bound(acceptances).fromCustomerInput(tx, context),
      (tx, context) => bound(inlineDocuments)(tx, context),
    ],
    settle: moves.settle,
  } satisfies Partial<TCustomerServiceDeps>;

  return {
    customerSeams,
    bind(customers: TCustomerService) {
      documents = createDocumentService({ store, storage, customers, clock });
      inlineDocuments = inlineDocumentsHandler(documents);
      acceptances = createAcceptanceService({ customers, clock });
      const verification = createVerificationService({
        db, customers, documents, jobs, moves, clock, log, sandbox, provider: provider ?? sandbox,
      });
      const worker = createVerificationWorker({ db, jobs, verification, log });
      return { documents, acceptances, verification, worker, jobs };
    },
  };
}

/** `ONBOARDING_SANDBOX_DELAY_MS`: whole milliseconds, 0–600000; anything else is ignored with a warning. */
export function sandboxDelayFromEnv(env: Record<string, string | undefined>, log: TLogger): number {
  const raw = env.ONBOARDING_SANDBOX_DELAY_MS?.trim();
  if (!raw) return 0;
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value > 600_000) {
    log.error(`ONBOARDING_SANDBOX_DELAY_MS must be an integer between 0 and 600000, got ${JSON.stringify(raw)}: using 0`);
    return 0;
  }
  return value;
}
