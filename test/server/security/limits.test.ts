import { beforeEach, describe, expect, it } from "vitest";
import { databaseKinds, type TTestDatabase, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness, TEST_SECRET_KEY } from "../api-harness.ts";
import { b64, png } from "../documents/fixtures.ts";

/** Size and count limits: each refusal is an envelope with a stable code, and nothing is stored past a cap. */
describe.each(databaseKinds)("limits (%s)", (kind) => {
  let db: TTestDatabase;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeEach(() => {
    api = createApiHarness(db);
  });
  const multipart = (bytes: Uint8Array, type = "identityDocumentFront") => {
    const form = new FormData();
    form.set("type", type);
    form.set("file", new Blob([new Uint8Array(bytes)]), "big.png");
    return form;
  };

  it("refuses a JSON body over 25 MB with 413 payload_too_large", async () => {
    const res = await api.call("POST", "/v1/customer", { body: JSON.stringify({ firstName: "x".repeat(26 * 1024 * 1024) }) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });

  it("refuses an upload over 10 MB with 413 document_too_large, from the API and from the widget", async () => {
    const id = (await api.call("POST", "/v1/customer", { body: {} })).body.data.customer.id;
    const big = new Uint8Array(10 * 1024 * 1024 + 200 * 1024);
    big.set(png(10, 10));
    const viaApi = await api.app.request(`/v1/customer/${id}/document`, { method: "POST", body: multipart(big), headers: { Authorization: `Bearer ${TEST_SECRET_KEY}` } });
    expect(viaApi.status).toBe(413);
    expect(((await viaApi.json()) as any).error.code).toBe("document_too_large");
    const session = (await api.call("POST", "/v1/onboarding/session", { body: { customer: id, allowedOrigins: ["https://host.example"] } })).body.data;
    const viaWidget = await api.app.request("/v1/widget/document", { method: "POST", body: multipart(big), headers: { Authorization: `Bearer ${session.clientSecret}` } });
    expect(viaWidget.status).toBe(413);
    expect(((await viaWidget.json()) as any).error.code).toBe("document_too_large");
    expect((await api.call("GET", `/v1/customer/${id}/document`)).body.data.documents).toEqual([]);
  });

  it("caps page sizes at 100", async () => {
    for (const path of ["/v1/customer?limit=101", "/v1/customer?limit=0", "/v1/customer?limit=1e9"]) {
      const res = await api.call("GET", path);
      expect(res.status, path).toBe(400);
      expect(res.body.error.code).toBe("invalid_query");
    }
    const hook = (await api.call("POST", "/v1/webhook", { body: { url: "https://example.com/h", events: ["*"] } })).body.data?.webhook;
    if (hook) expect((await api.call("GET", `/v1/webhook/${hook.id}/deliveries?limit=101`)).status).toBe(400);
  });

  it("caps documents at 50 per customer, also when 60 uploads race", async () => {
    const id = (await api.call("POST", "/v1/customer", { body: {} })).body.data.customer.id;
    const answers = await Promise.all(
      Array.from({ length: 60 }, () => api.call("POST", `/v1/customer/${id}/document`, { body: { type: "proofOfAddressDocument", file: b64(png(8, 8)) } })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(50);
    expect(answers.filter((a) => a.status !== 200).every((a) => a.body.error.code === "document_limit_reached")).toBe(true);
    const count = await db.query<{ n: number }>("select count(*)::int as n from documents where customer_id = $1", [id]);
    expect(count.rows[0]!.n).toBe(50);
  });
});
