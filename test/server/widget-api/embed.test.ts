import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { openTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";
import { HOST_ORIGIN, mintSession } from "./widget-harness.ts";

// Pages and files only: one database kind is enough (the session rules run on both elsewhere).
describe("serving the widget", () => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  beforeAll(async () => {
    db = await openTestDatabase("pglite");
    api = createApiHarness(db);
  });
  afterAll(() => db.close());

  it("serves the embed page framable only by the session's origins, with no inline script", async () => {
    const { session } = await mintSession(api, { allowedOrigins: [HOST_ORIGIN, "http://localhost:8788"], locale: "fr" });
    const res = await api.app.request(`/embed/${session.id}`);
    expect(res.status).toBe(200);
    const csp = res.headers.get("Content-Security-Policy")!;
    expect(csp).toContain(`frame-ancestors ${HOST_ORIGIN} http://localhost:8788`);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    const html = await res.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<script type="module" src="/widget/app/app.js">');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("answers an unknown or expired session with a page nobody may frame", async () => {
    const { session } = await mintSession(api, { expiresInSeconds: 60 });
    api.setNow(new Date("2026-01-15T10:02:00.000Z"));
    for (const path of [`/embed/${session.id}`, `/embed/ses_${"0".repeat(32)}`]) {
      const res = await api.app.request(path);
      expect(res.status).toBe(404);
      expect(res.headers.get("Content-Security-Policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    }
    api.setNow(new Date("2026-01-15T10:00:00.000Z"));
  });

  it("serves both loaders, the ESM one to any origin", async () => {
    const js = await api.app.request("/v1/onboarding.js");
    expect(js.status).toBe(200);
    expect(js.headers.get("Content-Type")).toMatch(/^text\/javascript/);
    expect(await js.text()).toContain("Onboarding");
    const mjs = await api.app.request("/v1/onboarding.mjs");
    expect(mjs.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });

  it("serves the app's files, hashed chunks as immutable, and nothing outside the build", async () => {
    const manifest = JSON.parse(await readFile("dist/widget/app/manifest.json", "utf8")) as { files: string[] };
    const chunk = manifest.files.find((file) => file.startsWith("chunks/"))!;
    const hashed = await api.app.request(`/widget/app/${chunk}`);
    expect(hashed.headers.get("Cache-Control")).toContain("immutable");
    const entry = await api.app.request("/widget/app/app.js");
    expect(entry.status).toBe(200);
    expect(entry.headers.get("Cache-Control")).not.toContain("immutable");
    for (const path of ["/widget/app/../onboarding.js", "/widget/app/%2e%2e/%2e%2e/package.json", "/widget/app/nope.js"]) {
      expect((await api.app.request(path)).status, path).toBe(404);
    }
  });
});
