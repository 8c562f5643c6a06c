import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";

/** Public addresses for names, loopback for one: DNS answers without the network. */
const fakeDns = async (host: string) =>
  host === "internal.example" ? [{ address: "10.0.0.7", family: 4 }] : host === "nowhere.example" ? [] : [{ address: "93.184.215.14", family: 4 }];

describe.each(databaseKinds)("webhook endpoints API on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db, { webhooks: { resolve: fakeDns } });
  });

  const create = (body: unknown, headers: Record<string, string> = {}) => api.call("POST", "/v1/webhook", { body, headers });

  it("creates an endpoint and shows its whsec_ secret once; list and retrieve never show it", async () => {
    const res = await create({ url: "https://hooks.example.com/onboarding", events: ["customer.created", "customer.kyc.updated"], description: "CRM sync" });
    expect(res.status).toBe(200);
    const { secret, ...webhook } = res.body.data.webhook;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const bytes = Buffer.from(secret.slice("whsec_".length), "base64").length;
    expect(bytes).toBeGreaterThanOrEqual(24);
    expect(bytes).toBeLessThanOrEqual(64);
    expect(webhook).toMatchObject({ id: expect.stringMatching(/^webhook_[0-9a-f]{32}$/), url: "https://hooks.example.com/onboarding", status: "enabled", description: "CRM sync" });

    const one = await api.call("GET", `/v1/webhook/${webhook.id}`);
    const list = await api.call("GET", "/v1/webhook");
    expect(one.body.data.webhook).toEqual(webhook);
    expect(list.body.data.webhooks).toEqual([webhook]);
    expect(one.text + list.text).not.toContain(secret.slice(6));
    // Stored encrypted, not as the secret itself.
    const row = await db.query<{ secret: string }>("select secret from webhook_endpoints");
    expect(row.rows[0]!.secret).not.toContain(secret.slice(6));
  });

  it("replays a create with the same Idempotency-Key, and deletes", async () => {
    const body = { url: "https://hooks.example.com/a", events: ["*"] };
    const first = await create(body, { "Idempotency-Key": "wh-1" });
    const again = await create(body, { "Idempotency-Key": "wh-1" });
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.body.data.webhook.id).toBe(first.body.data.webhook.id);
    expect((await api.call("GET", "/v1/webhook")).body.data.webhooks).toHaveLength(1);
    const id = first.body.data.webhook.id;
    expect((await api.call("DELETE", `/v1/webhook/${id}`)).body.data.webhook).toEqual({ id, deleted: true });
    for (const [method, path] of [["GET", `/v1/webhook/${id}`], ["DELETE", `/v1/webhook/${id}`], ["POST", `/v1/webhook/${id}/rotate-secret`], ["GET", `/v1/webhook/${id}/deliveries`]] as const) {
      const res = await api.call(method, path);
      expect([res.status, res.body.error.code]).toEqual([404, "webhook_not_found"]);
    }
  });

  it.each([
    [{}, ["url", "events"]],
    [{ url: "https://a.example", events: [] }, ["events"]],
    [{ url: "https://a.example", events: ["customer.exploded"] }, ["events.0"]],
    [{ url: "https://a.example", events: ["*"], secret: "mine" }, ["secret"]],
    [{ url: 42, events: ["*"] }, ["url"]],
  ])("refuses %j with 422 naming %j", async (body, paths) => {
    const res = await create(body);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual(paths);
  });

  it.each([
    ["ftp://files.example.com/x", "invalid_url"],
    ["not a url", "invalid_url"],
    ["https://user:pw@hooks.example.com/", "invalid_url"],
    ["http://127.0.0.1:8080/", "url_not_allowed"],
    ["http://localhost/", "url_not_allowed"],
    ["http://2130706433/", "url_not_allowed"],
    ["http://[::1]/", "url_not_allowed"],
    ["http://[::ffff:127.0.0.1]/", "url_not_allowed"],
    ["http://10.1.2.3/", "url_not_allowed"],
    ["http://172.16.0.1/", "url_not_allowed"],
    ["http://192.168.1.10/", "url_not_allowed"],
    ["http://169.254.169.254/latest/meta-data/", "url_not_allowed"],
    ["http://[fe80::1]/", "url_not_allowed"],
    ["http://[fd12:3456::1]/", "url_not_allowed"],
    ["http://0.0.0.0/", "url_not_allowed"],
    ["https://internal.example/hook", "url_not_allowed"],
    ["https://nowhere.example/hook", "url_unresolvable"],
  ])("refuses %s (SSRF guard): %s", async (url, code) => {
    const res = await create({ url, events: ["*"] });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual([{ path: "url", code, message: expect.any(String) }]);
  });

  it("needs the secret key, and names unknown delivery query parameters", async () => {
    expect((await api.call("GET", "/v1/webhook", { auth: null })).body.error.code).toBe("missing_api_key");
    expect((await api.call("POST", "/v1/webhook", { auth: "sk_wrong_key_000000000000000000000000", body: {} })).status).toBe(401);
    const { id } = (await create({ url: "https://a.example/", events: ["*"] })).body.data.webhook;
    const bad = await api.call("GET", `/v1/webhook/${id}/deliveries?colour=red`);
    expect([bad.status, bad.body.error.code]).toEqual([400, "invalid_query"]);
    const cursor = await api.call("GET", `/v1/webhook/${id}/deliveries?cursor=zzz`);
    expect(cursor.body.error.code).toBe("invalid_cursor");
    const badJson = await api.call("POST", `/v1/webhook/${id}/rotate-secret`, { body: "{nope" });
    expect(badJson.body.error.code).toBe("invalid_json");
    const badGrace = await api.call("POST", `/v1/webhook/${id}/rotate-secret`, { body: { oldSecretExpiresInSeconds: -1 } });
    expect(badGrace.status).toBe(422);
  });
});

describe("webhook URLs with private targets allowed (development)", () => {
  it("still refuses cloud metadata addresses", async () => {
    const { checkWebhookUrl } = await import("../../../server/webhooks/ssrf-guard.ts");
    const opts = { allowPrivate: true, resolve: fakeDns };
    await expect(checkWebhookUrl("http://127.0.0.1:3000/hook", opts)).resolves.toBeInstanceOf(URL);
    await expect(checkWebhookUrl("http://169.254.169.254/", opts)).rejects.toMatchObject({ code: "url_not_allowed" });
    await expect(checkWebhookUrl("http://[fd00:ec2::254]/", opts)).rejects.toMatchObject({ code: "url_not_allowed" });
  });
});
