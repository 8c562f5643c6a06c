import type { Queryable } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import type { TSessionService } from "../sessions/session-service.ts";
import type { TSessionRecord } from "../sessions/session-store.ts";
import type { THandoffService } from "./handoff-service.ts";

/**
 * The session service, with `authenticate` also accepting the credential a phone
 * got from a handoff link. It is checked only after the session's own secret
 * failed, so the usual path costs nothing more; it opens the same session and
 * expires with it (the same 401 `client_secret_expired` the widget already handles).
 */
export function withHandoffCredentials(sessions: TSessionService, handoffs: THandoffService): TSessionService {
  return {
    ...sessions,
    async authenticate(tx: Queryable, secret: string): Promise<TSessionRecord> {
      try {
        return await sessions.authenticate(tx, secret);
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== "invalid_client_secret") throw error;
        const sessionId = await handoffs.sessionOfCredential(tx, secret);
        if (!sessionId) throw error;
        const session = await sessions.findLive(tx, sessionId);
        if (!session) {
          throw new ApiError(401, "client_secret_expired", "This session has expired. Start again from the site you came from.", undefined, { "WWW-Authenticate": 'Bearer error="invalid_token"' });
        }
        return session;
      }
    },
  };
}
