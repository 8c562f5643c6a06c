import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateEncryptionKey, keyIdOf, parseEncryptionKeys } from "../../../server/crypto/encryption-keys.ts";

describe("parseEncryptionKeys", () => {
  const a = randomBytes(32);
  const b = randomBytes(32);

  it("reads base64, base64url and hex keys, newest first, with sha256-derived ids", () => {
    const keys = parseEncryptionKeys(` ${a.toString("base64")} , ${b.toString("hex")},${randomBytes(32).toString("base64url")}`);
    expect(keys).toHaveLength(3);
    expect(keys[0]!.key.equals(a)).toBe(true);
    expect(keys[1]!.key.equals(b)).toBe(true);
    expect(keys[0]!.id).toBe(createHash("sha256").update(a).digest("hex").slice(0, 8));
    expect(keyIdOf(b)).toBe(keys[1]!.id);
  });

  it.each([
    ["", "no empty entries"],
    [`${randomBytes(32).toString("base64")},`, "no empty entries"],
    [randomBytes(16).toString("base64"), "32 bytes"],
    ["not a key!", "32 bytes"],
    [`${a.toString("base64")},${a.toString("hex")}`, "listed twice"],
  ])("refuses %j without echoing it", (value, expected) => {
    let message = "";
    try {
      parseEncryptionKeys(value);
    } catch (e) {
      expect(e).toMatchObject({ name: "CipherError", code: "invalid_key" });
      message = (e as Error).message;
    }
    expect(message).toContain(expected);
    if (value.length > 8) expect(message).not.toContain(value.split(",")[0]);
  });

  it("generates keys it can parse", () => {
    const [key] = parseEncryptionKeys(generateEncryptionKey(randomBytes));
    expect(key!.key).toHaveLength(32);
  });
});
