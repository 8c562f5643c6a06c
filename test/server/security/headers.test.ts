import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { openTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";

/** One request per route family, with the credential it takes. */
describe("security headers on every route family", () => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  let ids: { customer: string; session: string; clientSecret: string };
  beforeAll(async () => {
    db = await openTestDatabase("pglite");
    api = createApiHarness(db, { webhooks: { allowPrivateTargets: true } });
    const customer = (await api.call("POST", "/v1/customer", { body: {} })).body.data.customer.id;
    const session = (await api.call("POST", "/v1/onboarding/session", { body: { customer, allowedOrigins: ["https://host.example"] } })).body.data;
    ids = { customer, session: session.session.id, clientSecret: session.clientSecret };
  });
  afterAll(() => db.close());

  const families = () => [
    { name: "customers", method: "GET", path: `/v1/customer/${ids.customer}`, auth: undefined },
    { name: "customer list", method: "GET", path: "/v1/customer", auth: undefined },
    { name: "webhooks", method: "GET", path: "/v1/webhook", auth: undefined },
    { name: "sessions", method: "POST", path: "/v1/onboarding/session", auth: undefined },
    { name: "widget API", method: "GET", path: "/v1/widget/customer", auth: ids.clientSecret },
    { name: "openapi", method: "GET", path: "/v1/openapi.json", auth: null },
    { name: "not found", method: "GET", path: "/nowhere", auth: null },
    { name: "embed page", method: "GET", path: `/embed/${ids.session}`, auth: null },
    { name: "unknown embed", method: "GET", path: "/embed/ses_unknown", auth: null },
    { name: "loader", method: "GET", path: "/v1/onboarding.js", auth: null },
  ];

  it("sends nosniff, no-referrer and a Content-Security-Policy everywhere; no CORS except the public ESM loader", async () => {
    for (const family of families()) {
      const res = await api.call(family.method, family.path, { auth: family.auth as string | null | undefined, headers: { Origin: "https://evil.example" } });
      const h = res.headers;
      expect(h.get("X-Content-Type-Options"), family.name).toBe("nosniff");
      expect(h.get("Referrer-Policy"), family.name).toBe("no-referrer");
      expect(h.get("Content-Security-Policy"), family.name).toMatch(/default-src 'none'/);
      expect(h.get("Access-Control-Allow-Origin"), family.name).toBeNull();
      expect(h.get("Access-Control-Allow-Credentials"), family.name).toBeNull();
    }
    expect((await api.call("GET", "/v1/onboarding.mjs", { auth: null })).headers.get("Access-Control-Allow-Origin")).toMatch(/^\*$|^null$/);
  });

  it("answers no CORS preflight: a foreign page can't call the API from a browser", async () => {
    for (const family of families()) {
      const res = await api.app.request(family.path, {
        method: "OPTIONS",
        headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization, content-type" },
      });
      expect(res.headers.get("Access-Control-Allow-Origin"), family.name).toBeNull();
      expect(res.headers.get("Access-Control-Allow-Headers"), family.name).toBeNull();
    }
  });

  it("serves the embed page under a strict CSP: self scripts only, no inline, no eval, framed only by the session's origins", async () => {
    const res = await api.call("GET", `/embed/${ids.session}`, { auth: null });
    const csp = res.headers.get("Content-Security-Policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(csp).toContain("frame-ancestors https://host.example");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect((await api.call("GET", "/embed/ses_unknown", { auth: null })).headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
  });
});
