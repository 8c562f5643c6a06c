/**
 * Holds the client secret in memory only (never localStorage: a secret that
 * outlives the tab outlives its purpose; OWASP HTML5 Security, "Local Storage").
 * The API reads it per request; the model replaces it after a refresh.
 */
export type TCredentials = { get(): string; set(secret: string): void };

/** @example const credentials = createCredentials(params.clientSecret); */
export function createCredentials(initial: string): TCredentials {
  let secret = initial;
  return {
    get: () => secret,
    set: (next) => {
      secret = next;
    },
  };
}
