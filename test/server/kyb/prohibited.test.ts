import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";
import { mintSession, widgetCall } from "../widget-api/widget-harness.ts";
import { createBusiness } from "./kyb-harness.ts";
import { createWebhookKit } from "../webhooks/webhook-test-kit.ts";

describe.each(databaseKinds)("prohibited businesses on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });

  it.each([
    ["a prohibited activity", { highRiskActivities: ["gambling"] }],
    ["operating in prohibited countries", { operatesInProhibitedCountries: true }],
  ])("%s sets isProhibitedBusinessType and rejects the customer, for good", async (_label, answer) => {
    const id = await createBusiness(api);
    const res = await api.call("POST", `/v1/customer/${id}`, { body: answer });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data.customer).toMatchObject({ isProhibitedBusinessType: true, kyc: "rejected" });
    // Changing the answer afterwards doesn't undo it: the host may have acted on it.
    const again = await api.call("POST", `/v1/customer/${id}`, { body: { highRiskActivities: ["none_of_the_above"], operatesInProhibitedCountries: false } });
    expect(again.body.data.customer).toMatchObject({ isProhibitedBusinessType: true, kyc: "rejected" });
  });

  it("answers false once both questions are answered without a prohibited one; a high-risk activity is allowed", async () => {
    const id = await createBusiness(api, { highRiskActivities: ["money_services", "lending_banking"] });
    const customer = (await api.call("GET", `/v1/customer/${id}`)).body.data.customer;
    expect(customer).toMatchObject({ isProhibitedBusinessType: false, kyc: "incomplete" });
  });

  it("rejects from the widget too, and the widget sees the flag", async () => {
    const { clientSecret } = await mintSession(api, { type: "business" });
    const res = await widgetCall(api, "POST", "/customer", clientSecret, { body: { highRiskActivities: ["weapons_firearms_and_explosives"], operatesInProhibitedCountries: false } });
    expect(res.body.data.customer).toMatchObject({ isProhibitedBusinessType: true, kyc: "rejected" });
  });

  it("tells the host's webhook why the business was rejected", async () => {
    const kit = createWebhookKit(db);
    // Nothing listens on port 9: the event is written to the outbox, which is what is checked.
    const hook = await kit.api.call("POST", "/v1/webhook", { body: { url: "http://127.0.0.1:9/hooks", events: ["customer.kyc.updated"] } });
    expect(hook.status, hook.text).toBe(200);
    const id = await createBusiness(kit.api);
    await kit.api.call("POST", `/v1/customer/${id}`, { body: { operatesInProhibitedCountries: true } });
    const { rows } = await db.query<{ body: string }>("select body from webhook_events where type = 'customer.kyc.updated' and customer_id = $1", [id]);
    expect(rows.map((row) => JSON.parse(row.body).data)).toEqual([
      expect.objectContaining({
        customer: expect.objectContaining({ kyc: "rejected", isProhibitedBusinessType: true }),
        previous: expect.objectContaining({ kyc: "incomplete" }),
      }),
    ]);
  });

  it("keeps an individual's flag null whatever it sends", async () => {
    const res = await api.call("POST", "/v1/customer", { body: { operatesInProhibitedCountries: true } });
    expect(res.body.data.customer).toMatchObject({ isProhibitedBusinessType: null, kyc: "incomplete" });
  });
});
