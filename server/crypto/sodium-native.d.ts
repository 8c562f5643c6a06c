/** The slice of sodium-native (libsodium's bindings) the server uses; the package ships no types. */
declare module "sodium-native" {
  type Bytes = Uint8Array;
  const sodium: {
    /** BLAKE2b of `input` into `output` (16–64 bytes), keyed when `key` is given. */
    crypto_generichash(output: Bytes, input: Bytes, key?: Bytes): void;
    /** XChaCha20-Poly1305 (IETF), detached: writes `c` (as long as `m`) and the 16-byte `mac`. */
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(c: Bytes, mac: Bytes, m: Bytes, ad: Bytes | null, nsec: null, npub: Bytes, k: Bytes): number;
    /** Writes `m`, or throws when `mac` does not authenticate `c` and `ad`. */
    crypto_aead_xchacha20poly1305_ietf_decrypt_detached(m: Bytes, nsec: null, c: Bytes, mac: Bytes, ad: Bytes | null, npub: Bytes, k: Bytes): void;
  };
  export default sodium;
}
