import { createCipheriv, randomBytes } from "node:crypto";
import type { TEncryptionKey } from "../../server/crypto/encryption-keys.ts";

/**
 * A value as the field cipher wrote it before its v2 format: AES-256-GCM under the
 * raw key, 12-byte IV, the same `record|field` binding. Stored data of that time
 * must stay readable.
 */
export function encryptV1(plain: string, key: TEncryptionKey, { record, field }: { record: string; field: string }): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.key, iv, { authTagLength: 16 });
  cipher.setAAD(Buffer.from(`${record}|${field}`));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", key.id, iv.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}
