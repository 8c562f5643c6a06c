import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";
import { mintSession, widgetCall } from "../widget-api/widget-harness.ts";
import { PNG, US_BUSINESS, US_OWNER } from "./kyb-harness.ts";

describe.each(databaseKinds)("widget API: type choice and owners (/v1/widget/ubo) on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });

  async function upload(clientSecret: string, type: string, ubo?: string) {
    const form = new FormData();
    form.append("type", type);
    if (ubo) form.append("ubo", ubo);
    form.append("file", new Blob([new Uint8Array(PNG)]), "id.png");
    const res = await api.app.request("/v1/widget/document", { method: "POST", headers: { Authorization: `Bearer ${clientSecret}` }, body: form });
    return { status: res.status, body: (await res.json()) as any };
  }

  it("leaves the type open only for a session minted without type or customer, until the user picks it", async () => {
    const open = await mintSession(api);
    const session = await widgetCall(api, "GET", "/session", open.clientSecret);
    expect(session.body.data.customer).toMatchObject({ type: "individual", typeOpen: true, ownershipThreshold: 25 });
    const picked = await widgetCall(api, "POST", "/customer", open.clientSecret, { body: { type: "business" } });
    expect(picked.body.data.customer).toMatchObject({ type: "business", typeOpen: false });
    expect(picked.body.data.customer.requirements).toContain("ubos.attestation");
    const fixed = await mintSession(api, { type: "individual" });
    expect((await widgetCall(api, "GET", "/customer", fixed.clientSecret)).body.data.customer.typeOpen).toBe(false);
  });

  it("adds, edits and removes the session's own owners, and uploads an owner's identity document", async () => {
    const { clientSecret } = await mintSession(api, { type: "business" });
    await widgetCall(api, "POST", "/customer", clientSecret, { body: US_BUSINESS });
    const added = await widgetCall(api, "POST", "/ubo", clientSecret, { body: US_OWNER });
    expect(added.status, added.text).toBe(200);
    const uboId = added.body.data.ubo.id;
    expect(added.body.data.customer.ubos[0]).toMatchObject({ id: uboId, firstName: "Ada", requirements: ["identityDocument"] });

    const uploaded = await upload(clientSecret, "identityDocumentFront", uboId);
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.data.customer.ubos[0].requirements).toEqual([]);

    const edited = await widgetCall(api, "POST", `/ubo/${uboId}`, clientSecret, { body: { ownershipPercentage: 101 } });
    expect(edited.status).toBe(422);
    expect(edited.body.error.fields[0].path).toBe("ownershipPercentage");
    const over = await widgetCall(api, "POST", "/ubo", clientSecret, { body: { ...US_OWNER, ownershipPercentage: 70 } });
    expect(over.body.error.fields).toEqual([expect.objectContaining({ path: "ownershipPercentage", code: "ownership_exceeds_100" })]);

    const removed = await widgetCall(api, "DELETE", `/ubo/${uboId}`, clientSecret);
    expect(removed.body.data.customer.ubos).toEqual([]);
  });

  it("reaches only its own customer's owners and refuses inline documents", async () => {
    const mine = await mintSession(api, { type: "business" });
    const theirs = await mintSession(api, { type: "business" });
    const theirOwner = (await widgetCall(api, "POST", "/ubo", theirs.clientSecret, { body: US_OWNER })).body.data.ubo.id;
    expect((await widgetCall(api, "POST", `/ubo/${theirOwner}`, mine.clientSecret, { body: { firstName: "Eve" } })).status).toBe(404);
    expect((await widgetCall(api, "DELETE", `/ubo/${theirOwner}`, mine.clientSecret)).status).toBe(404);
    expect((await upload(mine.clientSecret, "identityDocumentFront", theirOwner)).status).toBe(422);
    const inline = await widgetCall(api, "POST", "/ubo", mine.clientSecret, { body: { ...US_OWNER, identityDocumentFront: PNG.toString("base64") } });
    expect(inline.body.error.fields[0]).toMatchObject({ path: "identityDocumentFront", code: "field_not_allowed" });
    // The secret-key routes stay closed to a client secret.
    expect((await api.call("POST", `/v1/customer/${mine.session.customer}/ubo`, { body: US_OWNER, auth: mine.clientSecret })).status).toBe(401);
  });
});
