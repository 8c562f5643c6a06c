import { createHash, randomBytes } from "node:crypto";
import type { Queryable } from "../db/database.ts";
import type { TSessionRecord } from "../sessions/session-store.ts";
import type { THandoffStore } from "./handoff-store.ts";

/** Ten minutes: enough to find a phone and scan, short enough that a leaked link soon dies. */
export const HANDOFF_TTL_MS = 10 * 60 * 1000;

export type THandoffServiceDeps = { store: THandoffStore; clock: () => Date; ttlMs?: number };

/** Why a link is refused; both get the same page, worded for the user. */
export type THandoffRefusal = "used" | "expired" | "unknown";

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
/** 256 random bits, URL-safe: the token is a bearer credential for one exchange. */
const randomToken = () => randomBytes(32).toString("base64url");

/**
 * Continue on another device. The desktop widget (client secret) asks for a link;
 * the link carries a one-time token, never the client secret, so a shoulder-surfed
 * or forwarded QR code is worthless once used or after ten minutes. Opening it
 * exchanges the token, once, for a fresh credential bound to the same session.
 */
export function createHandoffService({ store, clock, ttlMs = HANDOFF_TTL_MS }: THandoffServiceDeps) {
  return {
    /** A new link token for `session`; it never outlives the session. */
    async create(tx: Queryable, session: TSessionRecord): Promise<{ token: string; expiresAt: string }> {
      const now = clock();
      const expiresAt = new Date(Math.min(now.getTime() + ttlMs, Date.parse(session.expiresAt))).toISOString();
      const token = randomToken();
      await store.insert(tx, { id: `hof_${randomBytes(16).toString("hex")}`, sessionId: session.id, tokenHash: sha256(token), expiresAt, created: now.toISOString() });
      return { token, expiresAt };
    },

    /** Whether a link can still be used, without using it (the page a phone sees first). */
    async check(tx: Queryable, token: string): Promise<THandoffRefusal | null> {
      const record = await store.findByToken(tx, sha256(token));
      if (!record) return "unknown";
      if (record.usedAt) return "used";
      return Date.parse(record.expiresAt) <= clock().getTime() ? "expired" : null;
    },

    /**
     * Uses the link: returns the session id and a new credential
     * (`cs_<sessionId>_<random>`, the client-secret shape the widget already
     * reads), or why it was refused.
     */
    async exchange(tx: Queryable, token: string): Promise<{ sessionId: string; credential: string } | { refused: THandoffRefusal }> {
      const record = await store.findByToken(tx, sha256(token));
      if (!record) return { refused: "unknown" };
      const credential = `cs_${record.sessionId}_${randomToken()}`;
      const claimed = await store.claim(tx, sha256(token), sha256(credential), clock());
      if (!claimed) return { refused: record.usedAt ? "used" : Date.parse(record.expiresAt) <= clock().getTime() ? "expired" : "used" };
      return { sessionId: claimed.sessionId, credential };
    },

    /** The session id a handoff credential belongs to, or null. */
    async sessionOfCredential(tx: Queryable, credential: string): Promise<string | null> {
      return (await store.findByCredential(tx, sha256(credential)))?.sessionId ?? null;
    },
  };
}

export type THandoffService = ReturnType<typeof createHandoffService>;
