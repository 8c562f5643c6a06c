import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, openTestDatabase, resetDatabase } from "../../support/databases.ts";
import { createApiHarness, TEST_SECRET_KEY } from "../api-harness.ts";
import { mintSession, widgetCall } from "./widget-harness.ts";

describe.each(databaseKinds)("widget API: client secrets on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    api = createApiHarness(db);
  });
  afterAll(() => db.close());
  beforeEach(() => {
    api.setNow(new Date("2026-01-15T10:00:00.000Z"));
    return resetDatabase(db);
  });

  it("answers 401 client_secret_expired once the session is over", async () => {
    const { clientSecret } = await mintSession(api, { expiresInSeconds: 60 });
    expect((await widgetCall(api, "GET", "/session", clientSecret)).status).toBe(200);
    api.setNow(new Date("2026-01-15T10:01:00.000Z"));
    const res = await widgetCall(api, "GET", "/session", clientSecret);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("client_secret_expired");
  });

  it("answers 401 invalid_client_secret to a forged, tampered or missing secret, and to a secret key", async () => {
    const { clientSecret, session } = await mintSession(api);
    const tampered = clientSecret.slice(0, -2) + (clientSecret.endsWith("AA") ? "BB" : "AA");
    const forged = `cs_${session.id}_${"A".repeat(43)}`;
    const unknown = `cs_ses_${"0".repeat(32)}_${"A".repeat(43)}`;
    for (const secret of [tampered, forged, unknown, "garbage", TEST_SECRET_KEY]) {
      const res = await widgetCall(api, "GET", "/session", secret);
      expect(res.status, secret).toBe(401);
      expect(res.body.error.code).toBe("invalid_client_secret");
    }
    const none = await api.call("GET", "/v1/widget/session", { auth: null });
    expect(none.body.error.code).toBe("missing_client_secret");
  });

  it("is refused by every secret-key route with 401", async () => {
    const { clientSecret, session } = await mintSession(api);
    for (const [method, path] of [["GET", `/v1/customer/${session.customer}`], ["GET", "/v1/customer"], ["GET", `/v1/customer/${session.customer}/unmask`], ["POST", "/v1/onboarding/session"]]) {
      const res = await api.call(method!, path!, { auth: clientSecret, body: method === "POST" ? {} : undefined });
      expect(res.status, path).toBe(401);
    }
  });

  it("refuses browser calls from any origin but its own", async () => {
    const { clientSecret } = await mintSession(api);
    const foreign = await widgetCall(api, "GET", "/session", clientSecret, { headers: { Origin: "https://shop.example" } });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe("origin_not_allowed");
    expect(foreign.headers.get("Access-Control-Allow-Origin")).toBeNull();
    const own = await widgetCall(api, "GET", "/session", clientSecret, { headers: { Origin: "http://localhost" } });
    expect(own.status).toBe(200);
  });
});
