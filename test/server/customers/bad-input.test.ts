import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness, SEED_CREATE_BODY } from "../api-harness.ts";

type TCase = [label: string, body: unknown, status: number, code: string, paths?: string[]];

/** Bad input of every kind: a 4xx envelope naming the field, never a 500, nothing stored changed. */
const CASES: TCase[] = [
  ["malformed JSON", "{\"firstName\": ", 400, "invalid_json"],
  ["a JSON array", "[1,2]", 400, "invalid_body"],
  ["a JSON string", "\"hello\"", 400, "invalid_body"],
  ["wrong types", { firstName: 42, dob: "1990-01-01", meta: [] }, 422, "validation_failed", ["firstName", "dob", "meta"]],
  ["an unknown enum value", { type: "robot" }, 422, "validation_failed", ["type"]],
  ["an attempt to set kyc and id", { kyc: "approved", id: "customer_mine" }, 422, "validation_failed", ["kyc", "id"]],
  ["an attempt to set requirements and status", { requirements: [], status: "active", tos: "approved" }, 422, "validation_failed", ["requirements", "status", "tos"]],
  ["an invalid SSN (area 666)", { ssn: "666-12-3456" }, 422, "validation_failed", ["ssn"]],
  ["an invalid EIN prefix", { type: "business", ein: "07-1234567" }, 422, "validation_failed", ["ein"]],
  ["a phone number that is not E.164", { phoneNumber: "555-1234" }, 422, "validation_failed", ["phoneNumber"]],
  ["an email without a domain", { email: "john@" }, 422, "validation_failed", ["email"]],
  ["an alpha-2 country", { address: { country: "US" } }, 422, "validation_failed", ["address.country"]],
  ["a state of another country", { address: { country: "USA", state: "ON" } }, 422, "validation_failed", ["address.state"]],
  ["a postal code of another country", { address: { country: "USA", postalCode: "SW1A 1AA" } }, 422, "validation_failed", ["address.postalCode"]],
  ["a date of birth that doesn't exist", { dob: { day: 30, month: 2, year: 1990 } }, 422, "validation_failed", ["dob"]],
  ["a date of birth in the future", { dob: { day: 1, month: 1, year: 2030 } }, 422, "validation_failed", ["dob"]],
  ["a minor", { dob: { day: 1, month: 6, year: 2010 } }, 422, "validation_failed", ["dob"]],
  ["oversized meta", { meta: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, "v"])) }, 422, "validation_failed", ["meta"]],
  ["an unknown KYB enum value", { type: "business", estimatedAnnualRevenueUsd: "lots" }, 422, "validation_failed", ["estimatedAnnualRevenueUsd"]],
  ["an unknown high-risk activity", { type: "business", highRiskActivities: ["piracy"] }, 422, "validation_failed", ["highRiskActivities.0"]],
  ["several bad fields at once", { email: "x", ssn: "000-00-0000", address: { country: "USA", state: "ZZ" } }, 422, "validation_failed", ["email", "ssn"]],
];

describe.each(databaseKinds)("bad input on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  let id: string;
  let stored: unknown;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });
  beforeEach(async () => {
    id = (await api.call("POST", "/v1/customer", { body: SEED_CREATE_BODY })).body.data.customer.id;
    stored = (await db.query("select record, secrets, version from customers")).rows;
  });

  it.each(CASES)("refuses %s on create and on update, storing nothing", async (_label, body, status, code, paths) => {
    for (const path of ["/v1/customer", `/v1/customer/${id}`]) {
      const res = await api.call("POST", path, { body });
      expect(res.status).toBe(status);
      expect(res.body).toMatchObject({ ok: false, object: "error", statusCode: status, data: null, error: { code } });
      expect(res.text).not.toMatch(/at .*\.ts|stack|SELECT|insert into/i);
      if (paths) expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(paths));
    }
    expect((await db.query("select record, secrets, version from customers")).rows).toEqual(stored);
  });

  it("refuses a body over the size limit with 413 before reading it all", async () => {
    const huge = JSON.stringify({ meta: { a: "x".repeat(26 * 1024 * 1024) } });
    const res = await api.call("POST", "/v1/customer", { body: huge });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });

  it("refuses a non-JSON content type with 415", async () => {
    const res = await api.call("POST", "/v1/customer", { body: "firstName=John", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    expect(res.status).toBe(415);
  });

  it("refuses changing the type of a customer past incomplete, and an update naming an unknown UBO", async () => {
    const unknown = await api.call("POST", `/v1/customer/${id}`, { body: { type: "business", ubos: [{ id: "ubo_00000000000000000000000000000000", firstName: "X" }] } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields[0].path).toBe("ubos.0.id");
    expect((await db.query("select record, secrets, version from customers")).rows).toEqual(stored);
  });
});
