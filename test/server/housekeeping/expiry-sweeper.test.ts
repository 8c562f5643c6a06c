import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";
import { mintSession, widgetCall } from "../widget-api/widget-harness.ts";

const START = new Date("2026-01-15T10:00:00.000Z");
const HOUR = 60 * 60 * 1000;
const form = { "Content-Type": "application/x-www-form-urlencoded" };

describe.each(databaseKinds)("the expiry sweep on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });

  const rows = async (table: string) => Number((await db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n);
  const at = (ms: number) => api.setNow(new Date(START.getTime() + ms));

  /** A session of one hour with a handoff link used by a phone and one never opened. */
  async function sessionWithHandoffs(expiresInSeconds = 3600) {
    at(0);
    const { clientSecret } = await mintSession(api, { expiresInSeconds });
    const used = (await widgetCall(api, "POST", "/handoff", clientSecret, { body: {} })).body.data.url as string;
    await widgetCall(api, "POST", "/handoff", clientSecret, { body: {} });
    const exchanged = await api.call("POST", new URL(used).pathname, { auth: null, headers: form });
    const credential = new URLSearchParams(new URL(exchanged.headers.get("Location")!).hash.slice(1)).get("clientSecret")!;
    return { clientSecret, credential };
  }

  it("keeps an expired session and link a day, answering 'expired', then deletes them", async () => {
    const { clientSecret, credential } = await sessionWithHandoffs();
    // A day after the unused link's ten minutes, before a day after the session's hour.
    at(24.5 * HOUR);
    expect(await api.app.expirySweeper.runOnce()).toEqual({ idempotencyKeys: 0, sessions: 0, handoffs: 1 });
    expect((await widgetCall(api, "GET", "/session", clientSecret)).body.error.code).toBe("client_secret_expired");
    expect((await widgetCall(api, "GET", "/session", credential)).body.error.code).toBe("client_secret_expired");

    at(26 * HOUR);
    expect(await api.app.expirySweeper.runOnce()).toEqual({ idempotencyKeys: 0, sessions: 1, handoffs: 1 });
    expect(await rows("onboarding_sessions")).toBe(0);
    expect(await rows("onboarding_handoffs")).toBe(0);
    // Gone: the same answer as any secret that never existed.
    expect((await widgetCall(api, "GET", "/session", clientSecret)).body.error.code).toBe("invalid_client_secret");
    at(0);
  });

  it("leaves live sessions, their links and their customers alone", async () => {
    const { clientSecret, credential } = await sessionWithHandoffs();
    at(30 * 60 * 1000);
    expect(await api.app.expirySweeper.runOnce()).toEqual({ idempotencyKeys: 0, sessions: 0, handoffs: 0 });
    expect((await widgetCall(api, "GET", "/session", clientSecret)).status).toBe(200);
    expect((await widgetCall(api, "GET", "/session", credential)).status).toBe(200);
    // A swept session's customer is the host's record: it stays.
    at(30 * HOUR);
    await api.app.expirySweeper.runOnce();
    expect(await rows("customers")).toBe(1);
    at(0);
  });

  it("keeps a used link as long as its session, long after the link's own ten minutes", async () => {
    const { credential } = await sessionWithHandoffs(24 * 3600);
    // A day after both links expired; the session expired 70 minutes ago and is kept a day.
    at(25 * HOUR + 10 * 60 * 1000);
    expect(await api.app.expirySweeper.runOnce()).toEqual({ idempotencyKeys: 0, sessions: 0, handoffs: 1 });
    expect((await widgetCall(api, "GET", "/session", credential)).body.error.code).toBe("client_secret_expired");
    at(0);
  });

  it("deletes idempotency keys older than 24 hours and keeps the others", async () => {
    await api.call("POST", "/v1/customer", { body: {}, headers: { "Idempotency-Key": "old" } });
    await api.call("POST", "/v1/customer", { body: {}, headers: { "Idempotency-Key": "recent" } });
    await db.query("update idempotency_keys set created_at = now() - interval '25 hours' where key = 'old'");
    expect(await api.app.expirySweeper.runOnce()).toEqual({ idempotencyKeys: 1, sessions: 0, handoffs: 0 });
    const replay = await api.call("POST", "/v1/customer", { body: {}, headers: { "Idempotency-Key": "recent" } });
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
  });
});
