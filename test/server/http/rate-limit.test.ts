import { beforeAll, afterAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { openTestDatabase } from "../../support/databases.ts";
import { createApiHarness, TEST_SECRET_KEY } from "../api-harness.ts";

/** Token buckets per credential: a secret key and each client secret have their own, refilled with time. */
describe("rate limiting per credential", () => {
  let db: Database;
  let clockMs = 0;
  let api: ReturnType<typeof createApiHarness>;
  beforeAll(async () => {
    db = await openTestDatabase("pglite");
    api = createApiHarness(db, { rateLimit: { secretKey: { perSecond: 2, burst: 3 }, clientSecret: { perSecond: 1, burst: 2 }, now: () => clockMs } });
  });
  afterAll(() => db.close());

  it("answers 429 with Retry-After once a secret key's burst is spent, and again after the refill", async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await api.call("GET", "/v1/customer")).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await api.call("GET", "/v1/customer");
    expect(refused.body).toMatchObject({ ok: false, statusCode: 429, error: { code: "rate_limited" } });
    expect(refused.headers.get("Retry-After")).toBe("1");
    clockMs += 500; // 2 per second: one token back
    expect((await api.call("GET", "/v1/customer")).status).toBe(200);
    expect((await api.call("GET", "/v1/customer")).status).toBe(429);
    clockMs += 10_000;
  });

  it("keeps client secrets apart from each other and from the secret key", async () => {
    const session = async () =>
      (await api.call("POST", "/v1/onboarding/session", { body: { allowedOrigins: ["https://host.example"] } })).body.data.clientSecret as string;
    const [one, two] = [await session(), await session()];
    const widget = (secret: string) => api.call("GET", "/v1/widget/customer", { auth: secret }).then((r) => r.status);
    expect([await widget(one), await widget(one), await widget(one)]).toEqual([200, 200, 429]);
    expect(await widget(two)).toBe(200);
    // A forged secret for the same session shares its bucket: it can't be used to escape the limit.
    expect(await widget(one.replace(/.{4}$/, "AAAA"))).toBe(429);
    clockMs += 10_000; // the two session creations spent the secret key's tokens, not the widget's
    expect((await api.call("GET", "/v1/customer", { auth: TEST_SECRET_KEY })).status).toBe(200);
  });

  it("does not count requests without credentials (they are a 401 anyway)", async () => {
    for (let i = 0; i < 5; i++) expect((await api.call("GET", "/v1/customer", { auth: null })).status).toBe(401);
  });
});
