import { createHash } from "node:crypto";
import { CipherError } from "./cipher-error.ts";

/** One AES-256 key and its id (the id is stored in every ciphertext it makes). */
export type TEncryptionKey = { id: string; key: Buffer };

const HEX_KEY = /^[0-9a-fA-F]{64}$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Key id: the first 8 hex digits of sha256(key). Derived, so operators never
 * name keys by hand; one-way, so it reveals nothing about the key.
 */
export function keyIdOf(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 8);
}

function decodeKey(text: string, position: number, count: number): Buffer {
  const where = count > 1 ? `key ${position} of ${count}` : "the key";
  // Hex first: 64 hex digits are also valid base64, but would decode to 48 bytes.
  const key = HEX_KEY.test(text) ? Buffer.from(text, "hex") : BASE64.test(text) ? Buffer.from(text, "base64") : null;
  if (!key || key.length !== 32) {
    // Never echo the value: it is a secret, and error messages end up in logs.
    throw new CipherError("invalid_key", `${where} must be 32 bytes in base64 or 64 hex digits (got ${text.length} characters)`);
  }
  return key;
}

/**
 * Parses ONBOARDING_ENCRYPTION_KEY: comma-separated 32-byte keys in base64
 * (standard or URL alphabet) or hex, newest first. The first key encrypts;
 * the others only decrypt, so a key can be rotated by prepending a new one
 * and re-encrypting at leisure (OWASP Cryptographic Storage: key rotation).
 *
 * @example parseEncryptionKeys(`${newKeyB64},${oldKeyB64}`) // → [{ id: "3f2a9c1e", key }, { id: …, key }]
 * @throws CipherError "invalid_key" naming the position of the bad key, never its value.
 */
export function parseEncryptionKeys(value: string): TEncryptionKey[] {
  const parts = value.split(",").map((part) => part.trim());
  if (parts.length === 0 || parts.some((part) => part === "")) {
    throw new CipherError("invalid_key", "expected a comma-separated list of keys with no empty entries");
  }
  const keys = parts.map((part, i) => {
    const key = decodeKey(part, i + 1, parts.length);
    return { id: keyIdOf(key), key };
  });
  const ids = new Set(keys.map((k) => k.id));
  if (ids.size !== keys.length) throw new CipherError("invalid_key", "the same key is listed twice");
  return keys;
}

/** A new random key as base64, for development defaults and `ONBOARDING_ENCRYPTION_KEY`. */
export function generateEncryptionKey(randomBytes: (size: number) => Buffer): string {
  return randomBytes(32).toString("base64");
}
