import { createDecipheriv, type KeyObject } from "node:crypto";

/** v1's IV and tag lengths: GCM's native 96-bit IV (NIST SP 800-38D §8.2.2), a full 128-bit tag. */
export const V1_IV_BYTES = 12;
export const V1_TAG_BYTES = 16;

/**
 * Opens a v1 ciphertext: AES-256-GCM, what the field cipher wrote before v2. Kept
 * so every value stored then stays readable; `npm run rotate-keys` rewrites them as
 * v2 (the field cipher flags them for rotation). Null when it does not authenticate.
 */
export function openAesGcmV1(key: KeyObject, iv: Buffer, body: Buffer, tag: Buffer, aad: Buffer): Buffer | null {
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: V1_TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    return null;
  }
}
