import { createSecretKey, hkdfSync, type KeyObject } from "node:crypto";
import sodium from "sodium-native";
import { openAesGcmV1, V1_IV_BYTES, V1_TAG_BYTES } from "./aes-gcm-v1.ts";
import { CipherError } from "./cipher-error.ts";
import type { TEncryptionKey } from "./encryption-keys.ts";
import { createRandomPool } from "./random-pool.ts";

export { CipherError } from "./cipher-error.ts";

/** Which record and field a ciphertext belongs to; both are authenticated, not encrypted. */
export type TFieldBinding = { record: string; field: string };

export type TFieldCipher = {
  /** Id of the key new ciphertexts are made with. */
  readonly currentKeyId: string;
  /** Encrypts one field value of one record: `v2.<keyId>.<nonce>.<ciphertext>.<tag>` (base64url parts). */
  encrypt(plaintext: string, binding: TFieldBinding): string;
  /** Decrypts (v2, or v1 from before it), or throws CipherError when tampered with, moved, malformed or made with an unknown key. */
  decrypt(ciphertext: string, binding: TFieldBinding): string;
  /** True when made with an older key of the ring or in the older v1 format: re-encrypt it (decrypt, then encrypt). */
  needsRotation(ciphertext: string): boolean;
};

const VERSION = "v2" satisfies TVersion;
// XChaCha20's 192-bit nonces can be drawn at random for as many values as a key
// will ever encrypt: a collision is as unlikely as guessing the key. (GCM's 96-bit
// IVs, v1's, allowed 2^32 values per key; NIST SP 800-38D §8.3.)
const NONCE_BYTES = 24;
const TAG_BYTES = 16;
const PART = /^[A-Za-z0-9_-]*$/;
// One operator key, two algorithms: v2 uses a key derived for it alone (HKDF, RFC 5869),
// so the raw key is only ever an AES key (v1) and the two never share key material.
const V2_KEY_INFO = "open-onboarding field cipher v2: XChaCha20-Poly1305";

type TRingKey = { v1: KeyObject; v2: Buffer };

/** What each stored format needs to be opened; a value names its format first (`v2.…`). */
const FORMATS = {
  v1: { nonceBytes: V1_IV_BYTES, tagBytes: V1_TAG_BYTES, open: (key: TRingKey, nonce: Buffer, body: Buffer, tag: Buffer, aad: Buffer) => openAesGcmV1(key.v1, nonce, body, tag, aad) },
  v2: { nonceBytes: NONCE_BYTES, tagBytes: TAG_BYTES, open: (key: TRingKey, nonce: Buffer, body: Buffer, tag: Buffer, aad: Buffer) => openV2(key.v2, nonce, body, tag, aad) },
} as const;
type TVersion = keyof typeof FORMATS;

/** The formats a field ciphertext may start with (`<version>.`), newest last: what a reader can tell apart from plain bytes. */
export const CIPHERTEXT_VERSIONS = Object.keys(FORMATS) as TVersion[];

/**
 * Authenticated encryption for PII fields (ssn, ein, dob), webhook secrets and
 * document files at rest, as OWASP's Cryptographic Storage Cheat Sheet asks: a
 * random nonce per value, keys apart from the data (environment, not database).
 * The record id and field name are additional authenticated data, so a ciphertext
 * copied to another customer or field fails to decrypt instead of leaking there.
 *
 * v2 is XChaCha20-Poly1305 from libsodium (sodium-native): one call per value with
 * no cipher object to build. Node's `createCipheriv` set up an OpenSSL context for
 * each value, the largest single cost of a create (issue 7: its server CPU on
 * PostgreSQL went from ~265 to ~254 µs). v1 values (AES-256-GCM) still decrypt.
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
    if (k.key.length !== 32) throw new CipherError("invalid_key", `key ${k.id} must be 32 bytes`);
  }
  const ring = new Map<string, TRingKey>(opts.keys.map((k) => [k.id, { v1: createSecretKey(k.key), v2: Buffer.from(hkdfSync("sha256", k.key, Buffer.alloc(0), V2_KEY_INFO, 32)) }]));
  const currentKey = ring.get(current.id)!;
  const random = createRandomPool();

  const parse = (ciphertext: string) => {
    const parts = ciphertext.split(".");
    if (parts.length !== 5 || !Object.hasOwn(FORMATS, parts[0]!) || !parts.slice(1).every((p) => PART.test(p))) {
      throw new CipherError("malformed", "not a v2 (or v1) field ciphertext");
    }
    const [version, keyId, nonce, body, tag] = parts as [TVersion, string, string, string, string];
    return { version, keyId, nonce: Buffer.from(nonce, "base64url"), body: Buffer.from(body, "base64url"), tag: Buffer.from(tag, "base64url") };
  };

  return {
    currentKeyId: current.id,
    encrypt(plaintext, binding) {
      const nonce = random.take(NONCE_BYTES);
      const message = Buffer.from(plaintext, "utf8");
      const body = Buffer.allocUnsafe(message.length);
      const tag = Buffer.allocUnsafe(TAG_BYTES);
      sodium.crypto_aead_xchacha20poly1305_ietf_encrypt_detached(body, tag, message, aad(binding), null, nonce, currentKey.v2);
      return `${VERSION}.${current.id}.${nonce.toString("base64url")}.${body.toString("base64url")}.${tag.toString("base64url")}`;
    },
    decrypt(ciphertext, binding) {
      const { version, keyId, nonce, body, tag } = parse(ciphertext);
      const key = ring.get(keyId);
      if (!key) throw new CipherError("unknown_key", `encrypted with key ${keyId}, which is not in ONBOARDING_ENCRYPTION_KEY`);
      const format = FORMATS[version];
      if (nonce.length !== format.nonceBytes || tag.length !== format.tagBytes) throw new CipherError("malformed", "bad nonce or tag length");
      const plain = format.open(key, nonce, body, tag, aad(binding));
      if (!plain) throw new CipherError("authentication_failed", `ciphertext does not authenticate for ${binding.record}|${binding.field}`);
      return plain.toString("utf8");
    },
    needsRotation(ciphertext) {
      const { version, keyId } = parse(ciphertext);
      return keyId !== current.id || version !== VERSION;
    },
  };
}

function openV2(key: Buffer, nonce: Buffer, body: Buffer, tag: Buffer, aad: Buffer): Buffer | null {
  const plain = Buffer.allocUnsafe(body.length);
  try {
    sodium.crypto_aead_xchacha20poly1305_ietf_decrypt_detached(plain, null, body, tag, aad, nonce, key);
    return plain;
  } catch {
    return null;
  }
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
