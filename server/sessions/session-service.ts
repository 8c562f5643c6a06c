import type { Queryable } from "../db/database.ts";
import type { TCustomerService } from "../customers/customer-service.ts";
import { ApiError } from "../http/api-error.ts";
import { hashClientSecret, parseClientSecret, secretMatches, type TClientSecretMinter } from "./client-secret.ts";
import { DEFAULT_SESSION_SECONDS, type TSessionCreateInput } from "./session-input.ts";
import type { TSessionRecord, TSessionStore } from "./session-store.ts";

export type TSessionServiceDeps = {
  store: TSessionStore;
  customers: TCustomerService;
  minter: TClientSecretMinter;
  clock: () => Date;
};

/** What the host back end gets: everything but the secret, which the route adds (it is never stored). */
export type TSessionView = { id: string; customer: string; expiresAt: string; allowedOrigins: string[]; locale: string | null };

/**
 * Widget sessions: minted by the host back end with the secret key, then the
 * only credential the widget ever holds. One session reaches one customer.
 */
export function createSessionService({ store, customers, minter, clock }: TSessionServiceDeps) {
  return {
    /** Creates the session (and its customer when `type` or nothing is given), in the caller's transaction. */
    async create(tx: Queryable, input: TSessionCreateInput): Promise<TSessionView> {
      // retrieve() answers 404 customer_not_found for unknown and erased customers alike.
      const customerId = input.customer
        ? (await customers.retrieve(tx, input.customer)).record.id
        : // Neither given: an individual until the user picks a type in the widget (issue 5).
          (await customers.create(tx, { type: input.type ?? "individual", mock: false }, { typeOpen: input.type === undefined })).record.id;
      const now = clock();
      const id = minter.newSessionId();
      const record: TSessionRecord = {
        id,
        customerId,
        secretHash: hashClientSecret(minter.secretFor(id)),
        allowedOrigins: [...new Set(input.allowedOrigins)],
        locale: input.locale ?? null,
        expiresAt: new Date(now.getTime() + (input.expiresInSeconds ?? DEFAULT_SESSION_SECONDS) * 1000).toISOString(),
        created: now.toISOString(),
      };
      await store.insert(tx, record);
      return toSessionView(record);
    },

    /**
     * The session a client secret opens, or a 401. Unknown and wrong secrets share
     * one answer, so the endpoint can't be used to probe which session ids exist.
     */
    async authenticate(tx: Queryable, secret: string): Promise<TSessionRecord> {
      const parsed = parseClientSecret(secret);
      const session = parsed ? await store.load(tx, parsed.sessionId) : null;
      if (!session || !secretMatches(secret, session.secretHash)) {
        throw unauthorized("invalid_client_secret", "This client secret is not valid. Ask your back end for a new one (POST /v1/onboarding/session).");
      }
      if (isExpired(session, clock())) {
        throw unauthorized("client_secret_expired", "This client secret has expired. Ask your back end for a new one (POST /v1/onboarding/session).");
      }
      return session;
    },

    /** A live session by id, for the embed page (which has no secret: it sits in the URL fragment). */
    async findLive(tx: Queryable, id: string): Promise<TSessionRecord | null> {
      const session = await store.load(tx, id);
      return session && !isExpired(session, clock()) ? session : null;
    },

    secretFor: (sessionId: string) => minter.secretFor(sessionId),
  };
}

export type TSessionService = ReturnType<typeof createSessionService>;

export function toSessionView(record: TSessionRecord): TSessionView {
  return { id: record.id, customer: record.customerId, expiresAt: record.expiresAt, allowedOrigins: record.allowedOrigins, locale: record.locale };
}

export function isExpired(session: TSessionRecord, now: Date): boolean {
  return Date.parse(session.expiresAt) <= now.getTime();
}

function unauthorized(code: string, message: string): ApiError {
  return new ApiError(401, code, message, undefined, { "WWW-Authenticate": 'Bearer error="invalid_token"' });
}
