import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { createFieldCipher } from "../../../server/crypto/field-cipher.ts";
import { keyIdOf } from "../../../server/crypto/encryption-keys.ts";
import { reencryptAll } from "../../../server/crypto/reencrypt.ts";
import { createLocalDocumentStorage } from "../../../server/documents/document-storage.ts";
import { encryptedDocumentStorage } from "../../../server/documents/encrypted-storage.ts";
import { databaseKinds, type TTestDatabase, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";
import { pdf } from "../documents/fixtures.ts";

const keyA = randomBytes(32);
const keyB = randomBytes(32);
const cipherOf = (...keys: Buffer[]) => createFieldCipher({ keys: keys.map((key) => ({ id: keyIdOf(key), key })) });
const DOC_MARKER = "DOCUMENT-BYTES-MARKER-7731";

describe.each(databaseKinds)("secrets at rest (%s)", (kind) => {
  let db: TTestDatabase;
  let documentsDir: string;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeEach(() => {
    documentsDir = mkdtempSync(join(tmpdir(), "onboarding-rotate-"));
  });
  const api = (...keys: Buffer[]) => createApiHarness(db, { cipher: cipherOf(...keys), documentsDir, webhooks: { allowPrivateTargets: true } });

  async function seed(app: ReturnType<typeof api>) {
    const person = await app.call("POST", "/v1/customer", { body: { firstName: "Ada", ssn: "536-22-8917", dob: { day: 2, month: 3, year: 1980 } } });
    const business = await app.call("POST", "/v1/customer", { body: { type: "business", name: "Acme", ein: "27-4418093" } });
    const upload = await app.call("POST", `/v1/customer/${business.body.data.customer.id}/document`, {
      body: { type: "incorporationDocument", file: Buffer.from(pdf(DOC_MARKER)).toString("base64") },
    });
    const hook = await app.call("POST", "/v1/webhook", { body: { url: "http://127.0.0.1:9/hooks", events: ["*"] }, headers: { "Idempotency-Key": "hook-1" } });
    expect([person.status, business.status, upload.status, hook.status]).toEqual([200, 200, 200, 200]);
    return { person: person.body.data.customer.id, business: business.body.data.customer.id, document: upload.body.data.document.id, hook: hook.body.data.webhook };
  }

  async function readsEverything(app: ReturnType<typeof api>, ids: Awaited<ReturnType<typeof seed>>) {
    expect((await app.call("GET", `/v1/customer/${ids.person}/unmask`)).body.data.customer.ssn).toBe("536-22-8917");
    expect((await app.call("GET", `/v1/customer/${ids.business}/unmask`)).body.data.customer.ein).toBe("27-4418093");
    const download = await app.call("GET", `/v1/customer/${ids.business}/document/${ids.document}`);
    expect(download.status).toBe(200);
    expect(download.text).toContain(DOC_MARKER);
    // The webhook secret is still usable: a replay of the create decrypts it.
    const replay = await app.call("POST", "/v1/webhook", { body: { url: "http://127.0.0.1:9/hooks", events: ["*"] }, headers: { "Idempotency-Key": "hook-1" } });
    expect(replay.body.data.webhook.secret).toBe(ids.hook.secret);
  }

  it("keeps every record readable across a key rotation, and rotate-keys rewrites old ciphertexts", async () => {
    const ids = await seed(api(keyA));
    // Step 1: a new key first; old records stay readable.
    await readsEverything(api(keyB, keyA), ids);
    // Step 2: re-encrypt everything with the new key.
    const raw = createLocalDocumentStorage(documentsDir);
    const counts = await reencryptAll({ db, cipher: cipherOf(keyB, keyA), storage: raw, sealedStorage: encryptedDocumentStorage(raw, cipherOf(keyB, keyA)) });
    expect(counts).toEqual({ customers: 2, webhookSecrets: 1, documents: 1 });
    expect(await reencryptAll({ db, cipher: cipherOf(keyB, keyA) })).toEqual({ customers: 0, webhookSecrets: 0, documents: 0 });
    // Step 3: the old key can go.
    await readsEverything(api(keyB), ids);
  });

  it("stores no document bytes, SSN, EIN or webhook secret in plain text (files, idempotency records)", async () => {
    const ids = await seed(api(keyA));
    for (const name of readdirSync(documentsDir)) expect(readFileSync(join(documentsDir, name)).includes(DOC_MARKER)).toBe(false);
    const dump = JSON.stringify((await db.query("select * from idempotency_keys")).rows) + JSON.stringify((await db.query("select * from customers")).rows);
    for (const needle of ["536-22-8917", "536228917", "27-4418093", "274418093", ids.hook.secret]) expect(dump).not.toContain(needle);
  });

  it("a ciphertext moved to another row fails to decrypt: a clear 409, logged, never a 500 or the other's data", async () => {
    const app = api(keyA);
    const ids = await seed(app);
    const other = (await app.call("POST", "/v1/customer", { body: { firstName: "Bo" } })).body.data.customer.id;
    await db.query("update customers set secrets = (select secrets from customers where id = $1) where id = $2", [ids.person, other]);
    for (const path of [`/v1/customer/${other}`, `/v1/customer/${other}/unmask`, `/v1/customer?limit=100`]) {
      const res = await app.call("GET", path);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ ok: false, error: { code: "stored_data_unreadable" } });
      expect(res.text).not.toContain("8917");
    }
  });
});
