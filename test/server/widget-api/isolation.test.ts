import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";
import { IDENTITY, mintSession, widgetCall } from "./widget-harness.ts";

describe.each(databaseKinds)("widget API: one customer per client secret on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });

  it("never reaches another customer's data: 404 as for an id that doesn't exist", async () => {
    const mine = await mintSession(api);
    const theirs = await mintSession(api);
    await widgetCall(api, "POST", "/customer", theirs.clientSecret, { body: IDENTITY });
    const other = theirs.session.customer;
    const res = await widgetCall(api, "GET", `/customer/${other}`, mine.clientSecret);
    const missing = await widgetCall(api, "GET", `/customer/customer_${"0".repeat(32)}`, mine.clientSecret);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("customer_not_found");
    expect(missing.body.error).toEqual({ ...res.body.error, message: expect.any(String) });
    expect(res.text).not.toContain("Ada");
    expect((await widgetCall(api, "GET", `/customer/${mine.session.customer}`, mine.clientSecret)).status).toBe(200);
    // Writes go to the session's customer whatever the body says.
    const write = await widgetCall(api, "POST", "/customer", mine.clientSecret, { body: { id: other, firstName: "Mallory" } });
    expect(write.status).toBe(422);
    const after = await api.call("GET", `/v1/customer/${other}`);
    expect(after.body.data.customer.firstName).toBe("Ada");
  });

  it.each([
    ["GET", "/customer/{own}/unmask"],
    ["GET", "/customers"],
    ["DELETE", "/customer"],
    ["DELETE", "/customer/{own}"],
    ["PATCH", "/customer/{own}/deactivate"],
    ["GET", "/webhook"],
    ["POST", "/webhook"],
    ["GET", "/customer/{own}/review"],
  ])("answers 403 forbidden_for_client_secret to %s %s", async (method, template) => {
    const { clientSecret, session } = await mintSession(api);
    const res = await widgetCall(api, method, template.replace("{own}", session.customer), clientSecret, { body: method === "POST" ? {} : undefined });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden_for_client_secret");
  });
});
