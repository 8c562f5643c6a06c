import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { openTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";

describe("authentication and routing errors", () => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  beforeAll(async () => {
    db = await openTestDatabase("pglite");
    api = createApiHarness(db);
  });
  afterAll(() => db.close());

  it.each([
    ["no Authorization header", null, "missing_api_key"],
    ["a wrong key", "sk_wrong_key_wrong_key_wrong_key_wrong", "invalid_api_key"],
    ["a key with a different length", "x", "invalid_api_key"],
  ])("refuses %s with 401 in the envelope", async (_label, auth, code) => {
    for (const [method, path] of [["GET", "/v1/customer"], ["POST", "/v1/customer"], ["GET", "/v1/customer/customer_1/unmask"]] as const) {
      const res = await api.call(method, path, { auth, body: method === "POST" ? {} : undefined });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ ok: false, object: "error", statusCode: 401, error: { code } });
    }
  });

  it("answers an unknown route with a 404 envelope", async () => {
    const res = await api.call("GET", "/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("route_not_found");
  });

  it("sends security headers on every response", async () => {
    const res = await api.call("GET", "/v1/customer");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
  });

  it("serves an OpenAPI document built from the shared schemas, and a docs page", async () => {
    const res = await api.call("GET", "/v1/openapi.json", { auth: null });
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.0.3");
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(["/v1/customer", "/v1/customer/{id}", "/v1/customer/{id}/unmask", "/v1/customer/{id}/ubo/{uboId}",
      "/v1/customer/{id}/document", "/v1/customer/{id}/review", "/v1/onboarding/session", "/v1/webhook", "/v1/webhook/{id}/deliveries"]));
    const customer = res.body.components.schemas.Customer;
    expect(Object.keys(customer.properties)).toEqual(expect.arrayContaining(["kyc", "requirements", "ubos", "ssn"]));
    const create = res.body.components.schemas.CustomerCreateInput;
    expect(create.properties.highRiskActivities).toBeDefined();
    const docs = await api.call("GET", "/docs", { auth: null });
    expect(docs.status).toBe(200);
    expect(docs.text).toContain("/v1/customer/{id}/unmask");
  });
});
