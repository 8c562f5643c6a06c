import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness, SEED_CREATE_BODY, TEST_SECRET_KEY } from "../api-harness.ts";
import { EXIF_SECRET, b64, contains, heic, jpegWithGps, pdf, peExecutable, png } from "./fixtures.ts";

describe.each(databaseKinds)("document uploads on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });
  beforeEach(() => {
    for (const name of readdirSync(api.documentsDir)) rmSync(join(api.documentsDir, name));
  });

  const files = () => readdirSync(api.documentsDir);

  async function create(body: object = { ...SEED_CREATE_BODY, ssn: "123-45-6789" }) {
    const res = await api.call("POST", "/v1/customer", { body });
    expect(res.status).toBe(200);
    return res.body.data.customer;
  }

  /** A multipart upload the way a browser or curl -F sends it: the file's name and declared type are the client's claim. */
  async function upload(customerId: string, bytes: Uint8Array, fields: Record<string, string> = { type: "identityDocumentFront" }, name = "id.jpg", declared = "image/jpeg") {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name, { type: declared }));
    const res = await api.app.request(`/v1/customer/${customerId}/document`, { method: "POST", headers: { Authorization: `Bearer ${TEST_SECRET_KEY}` }, body: form });
    return { status: res.status, body: (await res.json()) as any };
  }

  it("stores a JPEG without its EXIF/GPS block, keeps the orientation, and serves it as an attachment with its hash", async () => {
    const { id } = await create();
    const original = jpegWithGps();
    expect(contains(original, EXIF_SECRET)).toBe(true);
    const res = await upload(id, original);
    expect(res.status).toBe(200);
    const document = res.body.data.document;
    expect(document).toMatchObject({ customerId: id, uboId: null, type: "identityDocumentFront", contentType: "image/jpeg", width: 640, height: 480 });
    expect(document.id).toMatch(/^document_[0-9a-f]{32}$/);
    expect(document).not.toHaveProperty("storageName");

    const download = await api.app.request(`/v1/customer/${id}/document/${document.id}`, { headers: { Authorization: `Bearer ${TEST_SECRET_KEY}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get("Content-Type")).toBe("image/jpeg");
    expect(download.headers.get("Content-Disposition")).toBe(`attachment; filename="${document.id}.jpg"`);
    expect(download.headers.get("X-Content-Type-Options")).toBe("nosniff");
    const stored = new Uint8Array(await download.arrayBuffer());
    expect(contains(stored, EXIF_SECRET)).toBe(false);
    expect(contains(stored, "GPS")).toBe(false);
    expect(stored.length).toBe(document.size);
    expect(createHash("sha256").update(stored).digest("hex")).toBe(document.sha256);
    // Orientation 6 survives in a minimal EXIF block, so the ID isn't shown sideways.
    expect(Buffer.from(stored).includes(Buffer.from([0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1, 0, 6]))).toBe(true);
    // Generated names on disk; nothing of the client's "id.jpg".
    expect(files()).toHaveLength(1);
    expect(files()[0]).toMatch(/^doc_[0-9a-f]{32}$/);
  });

  it("refuses a Windows executable named id.jpg and declared image/jpeg (415), and stores nothing", async () => {
    const { id } = await create();
    const res = await upload(id, peExecutable(), { type: "identityDocumentFront" }, "id.jpg", "image/jpeg");
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe("unsupported_document_type");
    expect(res.body.error.message).toContain("exe");
    expect(files()).toEqual([]);
    expect((await api.call("GET", `/v1/customer/${id}/document`)).body.data.documents).toEqual([]);
  });

  it("refuses HEIC with 415 and says to export as JPEG", async () => {
    const { id } = await create();
    const res = await upload(id, heic(), { type: "identityDocumentFront" }, "IMG_0001.HEIC", "image/heic");
    expect(res.status).toBe(415);
    expect(res.body.error.message).toMatch(/JPEG/);
  });

  it("refuses an upload over 10 MB with 413 while it streams in", async () => {
    const { id } = await create();
    const big = new Uint8Array(10 * 1024 * 1024 + 200 * 1024);
    big.set(pdf());
    const res = await upload(id, big, { type: "statementOfFunds" }, "big.pdf", "application/pdf");
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("document_too_large");
    expect(files()).toEqual([]);
  });

  it("refuses a PNG wider than 8000 px with 422, read from the header", async () => {
    const { id } = await create();
    const res = await upload(id, png(9000, 10), { type: "identityDocumentFront" }, "wide.png", "image/png");
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("image_too_large");
    expect((await upload(id, png(8000, 8000), { type: "identityDocumentFront" }, "ok.png", "image/png")).status).toBe(200);
  });

  it("answers bad form fields with 422 listing them, and a non-multipart body with 415", async () => {
    const { id } = await create();
    const res = await upload(id, pdf(), { type: "passport" });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["type"]);
    const form = new FormData();
    form.set("type", "identityDocumentFront");
    const noFile = await api.app.request(`/v1/customer/${id}/document`, { method: "POST", headers: { Authorization: `Bearer ${TEST_SECRET_KEY}` }, body: form });
    expect(noFile.status).toBe(422);
    const text = await api.call("POST", `/v1/customer/${id}/document`, { body: "hello", headers: { "Content-Type": "text/plain" } });
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe("unsupported_media_type");
  });

  it("refuses malformed base64 with 400 invalid_base64 naming the field, and oversized base64 with 413", async () => {
    const { id } = await create();
    const bad = await api.call("POST", `/v1/customer/${id}`, { body: { identityDocumentFront: "%%%not base64%%%" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_base64");
    expect(bad.body.error.fields[0].path).toBe("identityDocumentFront");
    const tooBig = new Uint8Array(10 * 1024 * 1024 + 1);
    tooBig.set(pdf());
    const big = await api.call("POST", `/v1/customer/${id}`, { body: { proofOfAddressDocument: b64(tooBig) } });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe("document_too_large");
    // Longer than any 10 MB file's base64: refused the same way, naming the field.
    const huge = await api.call("POST", `/v1/customer/${id}`, { body: { firstName: "Ada", statementOfFunds: "A".repeat(15 * 1024 * 1024) } });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("document_too_large");
    expect(huge.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["statementOfFunds"]);
    expect((await api.call("GET", `/v1/customer/${id}`)).body.data.customer.firstName).not.toBe("Ada");
    expect(files()).toEqual([]);
  });

  it("checks every inline document before writing any: one bad field stores none", async () => {
    const { id } = await create();
    const res = await api.call("POST", `/v1/customer/${id}`, {
      body: { identityDocumentFront: b64(pdf()), proofOfAddressDocument: b64(peExecutable()) },
    });
    expect(res.status).toBe(415);
    expect(res.body.error.fields[0].path).toBe("proofOfAddressDocument");
    expect(files()).toEqual([]);
    expect((await api.call("GET", `/v1/customer/${id}/document`)).body.data.documents).toEqual([]);
  });

  it("removes the file when the transaction that would have referenced it rolls back", async () => {
    const { id } = await create();
    const attempt = db.transaction(async (tx) => {
      await api.app.documents.upload(tx, { customerId: id, type: "identityDocumentFront", bytes: pdf() });
      expect(files()).toHaveLength(1);
      throw new Error("something later in the transaction failed");
    });
    await expect(attempt).rejects.toThrow("something later");
    expect(files()).toEqual([]);
    expect((await api.call("GET", `/v1/customer/${id}/document`)).body.data.documents).toEqual([]);
  });

  it("keeps the file when its transaction commits", async () => {
    const { id } = await create();
    await db.transaction((tx) => api.app.documents.upload(tx, { customerId: id, type: "identityDocumentFront", bytes: pdf() }));
    expect(files()).toHaveLength(1);
  });

  it("caps documents per customer at 50 with 409 document_limit_reached", async () => {
    const { id } = await create();
    for (let i = 0; i < 50; i++) expect((await upload(id, pdf(`n${i}`), { type: "statementOfFunds" }, "s.pdf")).status).toBe(200);
    const res = await upload(id, pdf("one more"), { type: "statementOfFunds" }, "s.pdf");
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("document_limit_reached");
    expect(files()).toHaveLength(50);
  });

  it("404s for an unknown document or customer, and needs the secret key", async () => {
    const { id } = await create();
    expect((await api.call("GET", `/v1/customer/${id}/document/document_${"0".repeat(32)}`)).body.error.code).toBe("document_not_found");
    expect((await api.call("GET", `/v1/customer/customer_${"0".repeat(32)}/document`)).status).toBe(404);
    expect((await api.call("GET", `/v1/customer/${id}/document`, { auth: null })).status).toBe(401);
  });
});
