import { beforeAll, describe, expect, it } from "vitest";
import { DISCLAIMERS, TOS_DISCLAIMER } from "../../../core/terms/tos-disclaimer.ts";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";

describe.each(databaseKinds)("terms acceptances on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });

  it("is seed 004's sentence with our product's name", () => {
    expect(TOS_DISCLAIMER).toBe("By submitting this request, I hereby declare that the created customer has read and accepted Open Onboarding Terms of Service.");
  });

  it.each([
    ["individual", {}],
    ["business", { type: "business", name: "Acme Inc." }],
  ])("an %s's tosAccepted with the exact disclaimer approves tos and records who, when, from where and what text", async (_, base) => {
    const res = await api.call("POST", "/v1/customer", {
      body: { ...base, tosAccepted: true, tosDisclaimer: TOS_DISCLAIMER },
      headers: { "User-Agent": "host-backend/1.0" },
    });
    expect(res.status).toBe(200);
    const customer = res.body.data.customer;
    expect(customer.tos).toBe("approved");
    expect(customer.requirements).not.toContain("tos");
    const rows = await api.app.acceptances.list(db, customer.id);
    expect(rows).toEqual([{
      kind: "tos", disclaimerVersion: DISCLAIMERS.tos.version, disclaimerText: TOS_DISCLAIMER, ip: null,
      userAgent: "host-backend/1.0", actor: "secret_key", accepted: "2026-01-15T10:00:00.000Z",
    }]);
    // Accepting again changes nothing and keeps the first record.
    await api.call("POST", `/v1/customer/${customer.id}`, { body: { tosAccepted: true, tosDisclaimer: TOS_DISCLAIMER } });
    expect(await api.app.acceptances.list(db, customer.id)).toHaveLength(1);
  });

  it.each([
    ["missing", undefined],
    ["Sphere's original", TOS_DISCLAIMER.replace("Open Onboarding", "Sphere")],
    ["with a trailing space", `${TOS_DISCLAIMER} `],
  ])("refuses tosAccepted with a %s disclaimer (422 invalid_tos_disclaimer) and changes nothing", async (_, disclaimer) => {
    const { id } = (await api.call("POST", "/v1/customer", { body: {} })).body.data.customer;
    const res = await api.call("POST", `/v1/customer/${id}`, { body: { firstName: "Jane", tosAccepted: true, ...(disclaimer === undefined ? {} : { tosDisclaimer: disclaimer }) } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("invalid_tos_disclaimer");
    expect(res.body.error.message).toContain(TOS_DISCLAIMER);
    const after = (await api.call("GET", `/v1/customer/${id}`)).body.data.customer;
    expect(after).toMatchObject({ tos: "incomplete", firstName: null });
  });

  it("the widget's accept() approves msa and euAccountTos with the shown version, and refuses an unknown version", async () => {
    const { id } = (await api.call("POST", "/v1/customer", { body: {} })).body.data.customer;
    const client = { ip: "203.0.113.9", userAgent: "Mozilla/5.0", actor: "session_abc" };
    for (const kind of ["msa", "euAccountTos"] as const) {
      const acceptance = await db.transaction((tx) =>
        api.app.acceptances.accept(tx, { customerId: id, kind, disclaimerVersion: DISCLAIMERS[kind].version, ...client }),
      );
      expect(acceptance).toMatchObject({ kind, disclaimerText: DISCLAIMERS[kind].text, ...client });
    }
    expect((await api.call("GET", `/v1/customer/${id}`)).body.data.customer).toMatchObject({ msa: "approved", euAccountTos: "approved", tos: "incomplete" });
    const stale = db.transaction((tx) => api.app.acceptances.accept(tx, { customerId: id, kind: "tos", disclaimerVersion: "tos-1999", ...client }));
    await expect(stale).rejects.toMatchObject({ status: 422, code: "invalid_disclaimer_version" });
  });
});
