import { hkdfSync, randomBytes } from "node:crypto";
import { xchacha20poly1305 } from "@noble/ciphers/chacha.js";
import { describe, expect, it } from "vitest";
import { createFieldCipher } from "../../../server/crypto/field-cipher.ts";
import { keyIdOf, type TEncryptionKey } from "../../../server/crypto/encryption-keys.ts";
import { encryptV1 } from "../../support/v1-ciphertext.ts";

const makeKey = (): TEncryptionKey => {
  const key = randomBytes(32);
  return { id: keyIdOf(key), key };
};
const ssnOfA = { record: "customer_a", field: "ssn" };
const SSN = "123-45-6789";


describe("field cipher", () => {
  const oldKey = makeKey();
  const cipher = createFieldCipher({ keys: [oldKey] });

  it("round-trips a value, including empty and non-ASCII text", () => {
    for (const plain of [SSN, "", "Zoë 🏦"]) {
      expect(cipher.decrypt(cipher.encrypt(plain, ssnOfA), ssnOfA)).toBe(plain);
    }
  });

  it("writes v2.<keyId>.<nonce>.<ciphertext>.<tag> without the plaintext in any form", () => {
    const stored = cipher.encrypt(SSN, ssnOfA);
    // 24-byte nonce, ciphertext as long as the plaintext, 16-byte tag.
    expect(stored).toMatch(/^v2\.[0-9a-f]{8}\.[A-Za-z0-9_-]{32}\.[A-Za-z0-9_-]{15}\.[A-Za-z0-9_-]{22}$/);
    expect(stored.split(".")[1]).toBe(oldKey.id);
    for (const form of [SSN, "123456789", "6789", Buffer.from(SSN).toString("base64"), Buffer.from(SSN).toString("base64url")]) {
      expect(stored).not.toContain(form);
    }
  });

  it("uses a fresh IV every time, so equal values do not look equal", () => {
    expect(cipher.encrypt(SSN, ssnOfA)).not.toBe(cipher.encrypt(SSN, ssnOfA));
  });

  it("fails to decrypt a ciphertext moved to another record or field", () => {
    const stored = cipher.encrypt(SSN, ssnOfA);
    expect(() => cipher.decrypt(stored, { record: "customer_b", field: "ssn" })).toThrow(
      expect.objectContaining({ name: "CipherError", code: "authentication_failed" }),
    );
    expect(() => cipher.decrypt(stored, { record: "customer_a", field: "ein" })).toThrow(
      expect.objectContaining({ code: "authentication_failed" }),
    );
  });

  it("detects tampering with any part", () => {
    const parts = cipher.encrypt(SSN, ssnOfA).split(".");
    for (const index of [2, 3, 4]) {
      const bytes = Buffer.from(parts[index]!, "base64url");
      bytes[0] = bytes[0]! ^ 1;
      const tampered = parts.map((p, i) => (i === index ? bytes.toString("base64url") : p)).join(".");
      expect(() => cipher.decrypt(tampered, ssnOfA)).toThrow(expect.objectContaining({ code: "authentication_failed" }));
    }
  });

  it("reports malformed input and unknown keys with their own codes, never echoing the value", () => {
    for (const junk of ["", SSN, "v3.a.b.c.d", "v2.a.b.c", "v2.a.b.c.d!"]) {
      expect(() => cipher.decrypt(junk, ssnOfA)).toThrow(expect.objectContaining({ code: "malformed" }));
    }
    const other = createFieldCipher({ keys: [makeKey()] }).encrypt(SSN, ssnOfA);
    const error = (() => {
      try {
        cipher.decrypt(other, ssnOfA);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toMatchObject({ code: "unknown_key" });
    expect(error?.message).not.toContain(SSN);
  });

  it("refuses bindings that could collide", () => {
    expect(() => cipher.encrypt(SSN, { record: "customer_a|ssn", field: "x" })).toThrow(
      expect.objectContaining({ code: "invalid_binding" }),
    );
  });

  it("keeps old ciphertexts readable after a new key is prepended, and flags them for rotation", () => {
    const before = cipher.encrypt(SSN, ssnOfA);
    const rotated = createFieldCipher({ keys: [makeKey(), oldKey] });
    expect(rotated.decrypt(before, ssnOfA)).toBe(SSN);
    expect(rotated.needsRotation(before)).toBe(true);
    const after = rotated.encrypt(rotated.decrypt(before, ssnOfA), ssnOfA);
    expect(rotated.needsRotation(after)).toBe(false);
    expect(after.split(".")[1]).toBe(rotated.currentKeyId);
    expect(cipher.needsRotation(before)).toBe(false);
  });

  it("still reads values stored as v1 (AES-256-GCM), bound the same way, and flags them for rotation", () => {
    const v1 = encryptV1(SSN, oldKey, ssnOfA);
    expect(cipher.decrypt(v1, ssnOfA)).toBe(SSN);
    expect(() => cipher.decrypt(v1, { record: "customer_b", field: "ssn" })).toThrow(expect.objectContaining({ code: "authentication_failed" }));
    const parts = v1.split(".");
    const tag = Buffer.from(parts[4]!, "base64url");
    tag[0] = tag[0]! ^ 1;
    expect(() => cipher.decrypt([...parts.slice(0, 4), tag.toString("base64url")].join("."), ssnOfA)).toThrow(expect.objectContaining({ code: "authentication_failed" }));
    // Same key, older format: `npm run rotate-keys` rewrites it as v2.
    expect(cipher.needsRotation(v1)).toBe(true);
    const rewritten = cipher.encrypt(cipher.decrypt(v1, ssnOfA), ssnOfA);
    expect(rewritten.startsWith("v2.")).toBe(true);
    expect(cipher.needsRotation(rewritten)).toBe(false);
  });

  it("refuses a v2 value relabelled v1, and the reverse: each format authenticates only its own", () => {
    const v2 = cipher.encrypt(SSN, ssnOfA).split(".");
    const v1 = encryptV1(SSN, oldKey, ssnOfA).split(".");
    // Lengths differ (24- vs 12-byte nonce), so a relabelled value is malformed, never decrypted by the other algorithm.
    expect(() => cipher.decrypt(["v1", ...v2.slice(1)].join("."), ssnOfA)).toThrow(expect.objectContaining({ code: "malformed" }));
    expect(() => cipher.decrypt(["v2", ...v1.slice(1)].join("."), ssnOfA)).toThrow(expect.objectContaining({ code: "malformed" }));
  });

  it("writes standard XChaCha20-Poly1305 under the HKDF-derived key, so another implementation opens it", () => {
    const [, , nonce, body, tag] = cipher.encrypt(SSN, ssnOfA).split(".").map((part) => Buffer.from(part, "base64url"));
    const key = new Uint8Array(hkdfSync("sha256", oldKey.key, Buffer.alloc(0), "open-onboarding field cipher v2: XChaCha20-Poly1305", 32));
    const opened = xchacha20poly1305(key, nonce!, Buffer.from("customer_a|ssn")).decrypt(Buffer.concat([body!, tag!]));
    expect(Buffer.from(opened).toString("utf8")).toBe(SSN);
  });

  it("round-trips a document-sized value", () => {
    const file = randomBytes(3 * 1024 * 1024).toString("base64");
    const binding = { record: "doc_1", field: "file" };
    expect(cipher.decrypt(cipher.encrypt(file, binding), binding)).toBe(file);
  });
});
