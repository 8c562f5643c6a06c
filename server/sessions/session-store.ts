import type { Queryable } from "../db/database.ts";

/** A widget session as stored (the client secret only as its hash). */
export type TSessionRecord = {
  id: string;
  customerId: string;
  secretHash: string;
  allowedOrigins: string[];
  locale: string | null;
  expiresAt: string;
  created: string;
};

type TRow = { id: string; customer_id: string; secret_hash: string; allowed_origins: string[]; locale: string | null; expires_at: string; created_at: string };

const fromRow = (row: TRow): TSessionRecord => ({
  id: row.id,
  customerId: row.customer_id,
  secretHash: row.secret_hash,
  allowedOrigins: row.allowed_origins,
  locale: row.locale,
  expiresAt: row.expires_at,
  created: row.created_at,
});

/** Reads and writes `onboarding_sessions`. */
export function createSessionStore() {
  return {
    async insert(tx: Queryable, session: TSessionRecord): Promise<void> {
      await tx.query(
        `insert into onboarding_sessions (id, customer_id, secret_hash, allowed_origins, locale, expires_at, created_at)
         values ($1, $2, $3, $4::jsonb, $5, $6, $7)`,
        [session.id, session.customerId, session.secretHash, JSON.stringify(session.allowedOrigins), session.locale, session.expiresAt, session.created],
      );
    },

    async load(tx: Queryable, id: string): Promise<TSessionRecord | null> {
      const result = await tx.query<TRow>(
        "select id, customer_id, secret_hash, allowed_origins, locale, expires_at, created_at from onboarding_sessions where id = $1",
        [id],
      );
      return result.rows[0] ? fromRow(result.rows[0]) : null;
    },

    /** Deletes sessions expired for more than a day (kept that long so a late call still gets "expired", not "unknown"). */
    async sweep(tx: Queryable, now: Date): Promise<number> {
      const cutoff = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
      return (await tx.query("delete from onboarding_sessions where expires_at < $1", [cutoff])).affectedRows;
    },
  };
}

export type TSessionStore = ReturnType<typeof createSessionStore>;
