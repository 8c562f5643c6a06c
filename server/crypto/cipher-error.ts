/**
 * Why a field could not be encrypted or decrypted. Messages never contain
 * plaintext, ciphertext or key material.
 * - `malformed`: not a `v1.<keyId>.<iv>.<ciphertext>.<tag>` string.
 * - `unknown_key`: made with a key that is no longer in ONBOARDING_ENCRYPTION_KEY.
 * - `authentication_failed`: tampered with, or moved to another record or field.
 * - `invalid_key`: a key that is not 32 bytes of base64 or hex.
 * - `invalid_binding`: a record or field name that would make the binding ambiguous.
 */
export type TCipherErrorCode = "malformed" | "unknown_key" | "authentication_failed" | "invalid_key" | "invalid_binding";

/** Thrown by the field cipher and key parser; `code` says which case. */
export class CipherError extends Error {
  override readonly name = "CipherError";
  constructor(
    readonly code: TCipherErrorCode,
    message: string,
  ) {
    super(message);
  }
}
