import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";
import { IDENTITY, mintSession, widgetCall } from "../widget-api/widget-harness.ts";

const form = { "Content-Type": "application/x-www-form-urlencoded" };

describe.each(databaseKinds)("continue on another device (handoff) on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });

  async function link(clientSecret: string, body: object = {}) {
    const res = await widgetCall(api, "POST", "/handoff", clientSecret, { body });
    expect(res.status, res.text).toBe(200);
    return res.body.data as { url: string; expiresAt: string };
  }
  const open = (url: string, method = "GET") => api.call(method, new URL(url).pathname + new URL(url).search, { auth: null, headers: method === "POST" ? form : {} });

  it("gives a 10-minute link that is not the client secret, and the phone gets a working credential once", async () => {
    const { clientSecret, session } = await mintSession(api);
    const { url, expiresAt } = await link(clientSecret, { locale: "ar" });
    expect(url).toMatch(/^http:\/\/localhost\/handoff\/[A-Za-z0-9_-]{43}\?locale=ar$/);
    // The secret part of `cs_ses_<id>_<secret>` (base64url: it may hold "_" itself).
    expect(url).not.toContain(clientSecret.replace(/^cs_ses_[0-9a-f]+_/, ""));
    expect(expiresAt).toBe("2026-01-15T10:10:00.000Z");

    const page = await open(url);
    expect(page.status).toBe(200);
    expect(page.text).toContain('lang="ar" dir="rtl"');
    expect(page.headers.get("Content-Security-Policy")).toContain("form-action 'self'");
    // Opening (a preview bot, a scanner) does not use the link.
    expect((await open(url)).status).toBe(200);

    const exchanged = await open(url, "POST");
    expect(exchanged.status).toBe(303);
    const target = new URL(exchanged.headers.get("Location")!);
    expect(target.pathname).toBe(`/embed/${session.id}`);
    expect(target.search).toBe("?locale=ar");
    const credential = new URLSearchParams(target.hash.slice(1)).get("clientSecret")!;
    expect(credential).toMatch(new RegExp(`^cs_${session.id}_[A-Za-z0-9_-]{43}$`));
    expect(credential).not.toBe(clientSecret);

    // The phone's credential reaches the same customer; the desktop's secret keeps working.
    const saved = await widgetCall(api, "POST", "/customer", credential, { body: IDENTITY });
    expect(saved.status, saved.text).toBe(200);
    const desktop = await widgetCall(api, "GET", "/customer", clientSecret);
    expect(desktop.body.data.customer.firstName).toBe("Ada");

    // Used: refused, both to look at and to use again.
    for (const method of ["GET", "POST"]) {
      const again = await open(url, method);
      expect(again.status).toBe(410);
      expect(again.text).toMatch(/already been used or has expired|تم استخدام/);
    }
  });

  it("refuses an expired link, and the phone's credential dies with the session", async () => {
    const { clientSecret } = await mintSession(api, { expiresInSeconds: 3600 });
    const stale = await link(clientSecret);
    const fresh = await link(clientSecret);
    api.setNow(new Date("2026-01-15T10:10:01.000Z"));
    expect((await open(stale.url)).status).toBe(410);
    expect((await open(stale.url, "POST")).status).toBe(410);
    api.setNow(new Date("2026-01-15T10:00:00.000Z"));
    const target = new URL((await open(fresh.url, "POST")).headers.get("Location")!);
    const credential = new URLSearchParams(target.hash.slice(1)).get("clientSecret")!;
    expect((await widgetCall(api, "GET", "/session", credential)).status).toBe(200);
    api.setNow(new Date("2026-01-15T11:00:01.000Z"));
    const expired = await widgetCall(api, "GET", "/session", credential);
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe("client_secret_expired");
    api.setNow(new Date("2026-01-15T10:00:00.000Z"));
  });

  it("refuses unknown tokens and links without a client secret", async () => {
    expect((await api.call("GET", `/handoff/${"A".repeat(43)}`, { auth: null })).status).toBe(410);
    expect((await api.call("GET", "/handoff/short", { auth: null })).status).toBe(410);
    expect((await api.call("POST", "/v1/widget/handoff", { auth: null, body: {} })).status).toBe(401);
    const forged = await widgetCall(api, "GET", "/session", `cs_ses_${"0".repeat(32)}_${"A".repeat(43)}`);
    expect(forged.body.error.code).toBe("invalid_client_secret");
  });
});
