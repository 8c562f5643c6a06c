import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keyIdOf } from "../../../server/crypto/encryption-keys.ts";
import { createFieldCipher } from "../../../server/crypto/field-cipher.ts";
import { createLocalDocumentStorage } from "../../../server/documents/document-storage.ts";
import { encryptedDocumentStorage } from "../../../server/documents/encrypted-storage.ts";
import { encryptV1 } from "../../support/v1-ciphertext.ts";

describe("encrypted document storage", () => {
  const raw = randomBytes(32);
  const key = { id: keyIdOf(raw), key: raw };
  const files = createLocalDocumentStorage(mkdtempSync(join(tmpdir(), "onboarding-sealed-docs-")));
  const sealed = encryptedDocumentStorage(files, createFieldCipher({ keys: [key] }));
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...randomBytes(64)]);

  it("stores only ciphertext on disk and returns the original bytes", async () => {
    await sealed.put("document_new", jpeg);
    const onDisk = Buffer.from((await files.get("document_new"))!).toString("utf8");
    expect(onDisk.startsWith("v2.")).toBe(true);
    expect(onDisk).not.toContain(Buffer.from(jpeg).toString("base64"));
    expect(await sealed.get("document_new")).toEqual(jpeg);
  });

  it("still reads files sealed in the v1 format and files stored before encryption", async () => {
    await files.put("document_v1", new TextEncoder().encode(encryptV1(Buffer.from(jpeg).toString("base64"), key, { record: "document_v1", field: "document" })));
    expect(await sealed.get("document_v1")).toEqual(jpeg);
    await files.put("document_plain", jpeg);
    expect(await sealed.get("document_plain")).toEqual(jpeg);
  });
});
