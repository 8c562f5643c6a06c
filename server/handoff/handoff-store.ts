import type { Queryable } from "../db/database.ts";

/** A handoff link as stored: its token and credential only as SHA-256 hashes. */
export type THandoffRecord = {
  id: string;
  sessionId: string;
  expiresAt: string;
  usedAt: string | null;
};

type TRow = { id: string; session_id: string; expires_at: string; used_at: string | null };
const fromRow = (row: TRow): THandoffRecord => ({ id: row.id, sessionId: row.session_id, expiresAt: row.expires_at, usedAt: row.used_at });
const COLUMNS = "id, session_id, expires_at, used_at";

/** Reads and writes `onboarding_handoffs` (migration 006). */
export function createHandoffStore() {
  return {
    async insert(tx: Queryable, row: { id: string; sessionId: string; tokenHash: string; expiresAt: string; created: string }): Promise<void> {
      await tx.query("insert into onboarding_handoffs (id, session_id, token_hash, expires_at, created_at) values ($1, $2, $3, $4, $5)", [
        row.id, row.sessionId, row.tokenHash, row.expiresAt, row.created,
      ]);
    },

    async findByToken(tx: Queryable, tokenHash: string): Promise<THandoffRecord | null> {
      const result = await tx.query<TRow>(`select ${COLUMNS} from onboarding_handoffs where token_hash = $1`, [tokenHash]);
      return result.rows[0] ? fromRow(result.rows[0]) : null;
    },

    /**
     * Marks the link used and records the credential, only if it is still unused
     * and unexpired. One UPDATE with the conditions in its WHERE clause, so two
     * phones opening the link at once cannot both win (the row lock serialises them).
     */
    async claim(tx: Queryable, tokenHash: string, credentialHash: string, now: Date): Promise<THandoffRecord | null> {
      const result = await tx.query<TRow>(
        `update onboarding_handoffs set used_at = $3, credential_hash = $2
         where token_hash = $1 and used_at is null and expires_at > $3 returning ${COLUMNS}`,
        [tokenHash, credentialHash, now.toISOString()],
      );
      return result.rows[0] ? fromRow(result.rows[0]) : null;
    },

    /**
     * Deletes links past their use a day after they expired: an unused one (it can no
     * longer be opened; the day keeps "expired" rather than "unknown" for a late scan),
     * and a used one once its session is gone (its credential opens nothing more).
     * Run after the sessions' sweep. Returns how many went.
     */
    async sweep(tx: Queryable, now: Date): Promise<number> {
      const cutoff = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
      const result = await tx.query(
        `delete from onboarding_handoffs h where h.expires_at < $1
           and (h.used_at is null or not exists (select 1 from onboarding_sessions s where s.id = h.session_id))`,
        [cutoff],
      );
      return result.affectedRows;
    },

    async findByCredential(tx: Queryable, credentialHash: string): Promise<THandoffRecord | null> {
      const result = await tx.query<TRow>(`select ${COLUMNS} from onboarding_handoffs where credential_hash = $1`, [credentialHash]);
      return result.rows[0] ? fromRow(result.rows[0]) : null;
    },
  };
}

export type THandoffStore = ReturnType<typeof createHandoffStore>;
