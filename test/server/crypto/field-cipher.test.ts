import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createFieldCipher } from "../../../server/crypto/field-cipher.ts";
import { keyIdOf, type TEncryptionKey } from "../../../server/crypto/encryption-keys.ts";

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

  it("writes v1.<keyId>.<iv>.<ciphertext>.<tag> without the plaintext in any form", () => {
    const stored = cipher.encrypt(SSN, ssnOfA);
    expect(stored).toMatch(/^v1\.[0-9a-f]{8}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
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
    for (const junk of ["", SSN, "v2.a.b.c.d", "v1.a.b.c", "v1.a.b.c.d!"]) {
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
});
