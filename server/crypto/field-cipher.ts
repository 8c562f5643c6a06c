import { createCipheriv, createDecipheriv, createSecretKey } from "node:crypto";
import { CipherError } from "./cipher-error.ts";
import type { TEncryptionKey } from "./encryption-keys.ts";
import { createRandomPool } from "./random-pool.ts";

export { CipherError } from "./cipher-error.ts";

/** Which record and field a ciphertext belongs to; both are authenticated, not encrypted. */
export type TFieldBinding = { record: string; field: string };

export type TFieldCipher = {
  /** Id of the key new ciphertexts are made with. */
  readonly currentKeyId: string;
  /** Encrypts one field value of one record: `v1.<keyId>.<iv>.<ciphertext>.<tag>` (base64url parts). */
  encrypt(plaintext: string, binding: TFieldBinding): string;
  /** Decrypts, or throws CipherError when tampered with, moved, malformed or made with an unknown key. */
  decrypt(ciphertext: string, binding: TFieldBinding): string;
  /** True when made with an older key of the ring: re-encrypt it (decrypt, then encrypt). */
  needsRotation(ciphertext: string): boolean;
};

const VERSION = "v1";
// 96-bit IVs are GCM's native size (NIST SP 800-38D §8.2.2). With random IVs
// the same key may encrypt at most 2^32 values before IV collisions become a
// real risk: rotate keys long before (that is what the keyring is for).
const IV_BYTES = 12;
const TAG_BYTES = 16;
const PART = /^[A-Za-z0-9_-]*$/;

/**
 * AES-256-GCM for PII fields (ssn, ein, dob) at rest, as OWASP's Cryptographic
 * Storage Cheat Sheet recommends: authenticated encryption, a random IV per
 * value, keys apart from the data (environment, not database). The record id
 * and field name are additional authenticated data, so a ciphertext copied to
 * another customer or field fails to decrypt instead of leaking there.
 *
 * @example
 * const cipher = createFieldCipher({ keys: parseEncryptionKeys(config.encryptionKey) });
 * const stored = cipher.encrypt("123-45-6789", { record: customer.id, field: "ssn" });
 * cipher.decrypt(stored, { record: customer.id, field: "ssn" }); // "123-45-6789"
 */
export function createFieldCipher(opts: { keys: TEncryptionKey[] }): TFieldCipher {
  const [current] = opts.keys;
  if (!current) throw new CipherError("invalid_key", "the field cipher needs at least one key");
  for (const k of opts.keys) {
    if (k.key.length !== 32) throw new CipherError("invalid_key", `key ${k.id} must be 32 bytes for AES-256`);
  }
  // Imported once: a raw Buffer key is imported again on every createCipheriv call.
  const byId = new Map(opts.keys.map((k) => [k.id, createSecretKey(k.key)]));
  const currentKey = byId.get(current.id)!;
  const random = createRandomPool();

  const parse = (ciphertext: string) => {
    const parts = ciphertext.split(".");
    if (parts.length !== 5 || parts[0] !== VERSION || !parts.slice(1).every((p) => PART.test(p))) {
      throw new CipherError("malformed", "not a v1 field ciphertext");
    }
    const [, keyId, iv, body, tag] = parts as [string, string, string, string, string];
    return { keyId, iv: Buffer.from(iv, "base64url"), body: Buffer.from(body, "base64url"), tag: Buffer.from(tag, "base64url") };
  };

  return {
    currentKeyId: current.id,
    encrypt(plaintext, binding) {
      const iv = random.take(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", currentKey, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(aad(binding));
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      const parts = [iv, body, cipher.getAuthTag()].map((b) => b.toString("base64url"));
      return [VERSION, current.id, ...parts].join(".");
    },
    decrypt(ciphertext, binding) {
      const { keyId, iv, body, tag } = parse(ciphertext);
      const key = byId.get(keyId);
      if (!key) throw new CipherError("unknown_key", `encrypted with key ${keyId}, which is not in ONBOARDING_ENCRYPTION_KEY`);
      if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new CipherError("malformed", "bad IV or tag length");
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(aad(binding));
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
      } catch {
        throw new CipherError("authentication_failed", `ciphertext does not authenticate for ${binding.record}|${binding.field}`);
      }
    },
    needsRotation(ciphertext) {
      return parse(ciphertext).keyId !== current.id;
    },
  };
}

/** `${record}|${field}`; a "|" inside either would let two bindings collide, so it is refused. */
function aad({ record, field }: TFieldBinding): Buffer {
  if (!record || !field || record.includes("|") || field.includes("|")) {
    throw new CipherError("invalid_binding", "record and field must be non-empty and must not contain '|'");
  }
  return Buffer.from(`${record}|${field}`, "utf8");
}

/** Alias of {@link TFieldCipher} for callers that use the unprefixed name. */
export type FieldCipher = TFieldCipher;
