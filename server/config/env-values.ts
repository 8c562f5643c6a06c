import { ConfigError } from "./config-error.ts";

/** An environment variable's value, with "" treated as unset (as `FOO= npm start` means). */
export function envValue(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === "" ? undefined : value;
}

/** A whole number in [min, max]; the message quotes the bad value (these variables are not secret). */
export function integerVar(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new ConfigError(name, `${name} must be an integer between ${min} and ${max}, got ${JSON.stringify(value)}`);
  }
  return n;
}

/**
 * A URL with one of `protocols`. Only the protocol is quoted back on error: a
 * database URL usually carries a password.
 */
export function urlVar(name: string, value: string, protocols: string[], what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, `${name} must be ${what}, got something that is not a URL`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `${name} must be ${what}, got a "${url.protocol}" URL`);
  }
  return url;
}

/** `true`/`false` (also `1`/`0`, `yes`/`no`), case-insensitive; anything else is refused rather than guessed. */
export function booleanVar(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  const normalized = value.toLowerCase();
  if (["true", "1", "yes"].includes(normalized)) return true;
  if (["false", "0", "no"].includes(normalized)) return false;
  throw new ConfigError(name, `${name} must be true or false, got ${JSON.stringify(value)}`);
}
