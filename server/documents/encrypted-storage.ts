import { CIPHERTEXT_VERSIONS, type TFieldCipher } from "../crypto/field-cipher.ts";
import type { TDocumentStorage } from "./document-storage.ts";

// Every field ciphertext starts with its format ("v2."); a JPEG, PNG or PDF never does.
const MARKS = new Set(CIPHERTEXT_VERSIONS.map((version) => `${version}.`));
const MARK_LENGTH = 3;

/**
 * Encrypts document bytes before they reach a storage and decrypts them on the way
 * back (GLBA 16 CFR 314.4(c)(3); identity documents are the most sensitive thing we
 * keep). The same field cipher and keyring as PII fields, bound to the document's storage
 * name, so a file copied over another decrypts to nothing. Files written before this
 * existed (plain bytes) are still read: they never start with the ciphertext mark.
 *
 * @example const storage = encryptedDocumentStorage(createLocalDocumentStorage(dir), cipher);
 */
export function encryptedDocumentStorage(inner: TDocumentStorage, cipher: TFieldCipher): TDocumentStorage {
  const binding = (name: string) => ({ record: name, field: "document" });
  return {
    put: (name, bytes) => inner.put(name, new TextEncoder().encode(cipher.encrypt(Buffer.from(bytes).toString("base64"), binding(name)))),
    async get(name) {
      const stored = await inner.get(name);
      if (!stored || !MARKS.has(Buffer.from(stored.subarray(0, MARK_LENGTH)).toString("latin1"))) return stored;
      return new Uint8Array(Buffer.from(cipher.decrypt(Buffer.from(stored).toString("utf8"), binding(name)), "base64"));
    },
    delete: (name) => inner.delete(name),
  };
}
