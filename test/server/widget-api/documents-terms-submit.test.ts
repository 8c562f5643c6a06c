import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";
import { ADDRESS, IDENTITY, mintSession, widgetCall } from "./widget-harness.ts";

/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

describe.each(databaseKinds)("widget API: documents, terms and submit on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });

  /** The widget's multipart upload (widget/app/api/widget-api.ts). */
  async function upload(clientSecret: string, type: string, bytes: Uint8Array, name = "front.png") {
    const form = new FormData();
    form.append("type", type);
    form.append("file", new Blob([new Uint8Array(bytes)]), name);
    const res = await api.app.request("/v1/widget/document", { method: "POST", headers: { Authorization: `Bearer ${clientSecret}` }, body: form });
    return { status: res.status, body: (await res.json()) as any };
  }

  it("takes a new individual from an empty session to approved, submitting only when asked", async () => {
    const { clientSecret, session } = await mintSession(api);
    await widgetCall(api, "POST", "/customer", clientSecret, { body: IDENTITY });
    await widgetCall(api, "POST", "/customer", clientSecret, { body: ADDRESS });

    const uploaded = await upload(clientSecret, "identityDocumentFront", PNG);
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.data.document).toMatchObject({ type: "identityDocumentFront", contentType: "image/png" });
    expect(uploaded.body.data.customer.requirements).not.toContain("customerIdentityDocument");

    const terms = await widgetCall(api, "POST", "/terms", clientSecret, { body: { tos: true } });
    expect(terms.status).toBe(200);
    // Nothing is due any more, yet the widget's changes never submit by themselves: the user reviews first.
    expect(terms.body.data.customer).toMatchObject({ tos: "approved", requirements: [], kyc: "incomplete" });

    const submitted = await widgetCall(api, "POST", "/submit", clientSecret, { body: {} });
    expect(submitted.status).toBe(200);
    expect(submitted.body.data.customer.kyc).toBe("pending");
    await api.app.verificationWorker.runOnce();
    const after = await widgetCall(api, "GET", "/session", clientSecret);
    expect(after.body.data.customer.kyc).toBe("approved");
    const acceptances = await db.query<{ actor: string }>("select actor from acceptances where customer_id = $1", [session.customer]);
    expect(acceptances.rows).toEqual([{ actor: session.id }]);
  });

  it("refuses a submit while requirements are due, and a file that is not a document", async () => {
    const { clientSecret } = await mintSession(api);
    const early = await widgetCall(api, "POST", "/submit", clientSecret, { body: {} });
    expect(early.status).toBe(422);
    const fake = await upload(clientSecret, "identityDocumentFront", new TextEncoder().encode("MZ not an image"), "id.jpg");
    expect(fake.status).toBe(415);
    const badType = await upload(clientSecret, "passport", PNG);
    expect(badType.status).toBe(422);
    expect(badType.body.error.fields[0].path).toBe("type");
    const terms = await widgetCall(api, "POST", "/terms", clientSecret, { body: { tos: false } });
    expect(terms.status).toBe(422);
  });
});
