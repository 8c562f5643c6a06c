import { CipherError } from "../crypto/cipher-error.ts";
import { generateEncryptionKey, parseEncryptionKeys, type TEncryptionKey } from "../crypto/encryption-keys.ts";
import type { TConfigDeps } from "./config-deps.ts";
import { ConfigError } from "./config-error.ts";
import { envValue, integerVar, urlVar } from "./env-values.ts";
import { readOrCreateSecret } from "./stored-secret.ts";
import { webhookConfigFrom, type TWebhookConfig } from "./webhook-config.ts";
import { rateLimitConfigFrom, type TRateLimitConfig } from "./rate-limit-config.ts";

export { ConfigError } from "./config-error.ts";
export { nodeConfigDeps, type TConfigDeps } from "./config-deps.ts";

/** Everything the server reads from its environment, validated. */
export type TConfig = {
  port: number;
  /** PGlite data, generated keys and (later) documents live here. */
  dataDir: string;
  /** Set: PostgreSQL; unset: PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PostgreSQL connections per server process; unset: twice the cores plus one. */
  databasePoolSize?: number;
  /** The API's `sk_…` secret key (Authorization: Bearer). */
  secretKey: string;
  /** Field-encryption keyring, newest (the one that encrypts) first. */
  encryptionKeys: TEncryptionKey[];
  nodeEnv: string;
  /** Adult age for `dob` checks. */
  minimumAge: number;
  /** Where the server is reachable from outside (links, embed snippets), without trailing slash. */
  publicUrl?: string;
  /** Webhook delivery (ONBOARDING_WEBHOOK_*, see webhook-config.ts). */
  webhooks: TWebhookConfig;
  /** Requests per credential (ONBOARDING_RATE_LIMIT_*, see rate-limit-config.ts). */
  rateLimit: TRateLimitConfig;
};

const SECRET_KEY = /^sk_[\x21-\x7e]+$/; // printable ASCII, no spaces: it travels in a header

/**
 * Reads and checks the environment; generates development secrets on first
 * start. Throws ConfigError naming the variable on any bad value.
 *
 * | variable                  | default / rule                                                     |
 * |---------------------------|--------------------------------------------------------------------|
 * | PORT                      | 8787; integer 1–65535                                              |
 * | DATA_DIR                  | ./data                                                             |
 * | DATABASE_URL              | unset (PGlite); postgres:// or postgresql:// URL                  |
 * | DATABASE_POOL_SIZE        | unset (2 × cores + 1); integer 1–1000                              |
 * | ONBOARDING_SECRET_KEY     | generated into DATA_DIR/secret-key and printed once; `sk_`, ≥ 32   |
 * | ONBOARDING_ENCRYPTION_KEY | generated into DATA_DIR/encryption-key, except in production       |
 * | ONBOARDING_MINIMUM_AGE    | 18; integer 1–150                                                  |
 * | PUBLIC_URL                | unset; http(s) URL                                                 |
 * | NODE_ENV                  | development                                                        |
 * | ONBOARDING_WEBHOOK_*      | see webhook-config.ts (ALLOW_PRIVATE, POLL_MS, TIMEOUT_MS, LEASE_MS) |
 * | ONBOARDING_RATE_LIMIT_*   | see rate-limit-config.ts (PER_SECOND, BURST, CLIENT_PER_SECOND, CLIENT_BURST) |
 *
 * @example const config = await loadConfig(process.env, nodeConfigDeps);
 */
export async function loadConfig(env: Record<string, string | undefined>, deps: TConfigDeps): Promise<TConfig> {
  const nodeEnv = envValue(env, "NODE_ENV") ?? "development";
  const port = integerVar("PORT", envValue(env, "PORT"), 8787, 1, 65535);
  const minimumAge = integerVar("ONBOARDING_MINIMUM_AGE", envValue(env, "ONBOARDING_MINIMUM_AGE"), 18, 1, 150);
  const dataDir = envValue(env, "DATA_DIR") ?? "./data";
  const webhooks = webhookConfigFrom(env);
  const rateLimit = rateLimitConfigFrom(env);
  const config: TConfig = { port, dataDir, nodeEnv, minimumAge, secretKey: "", encryptionKeys: [], webhooks, rateLimit };

  const databaseUrl = envValue(env, "DATABASE_URL");
  if (databaseUrl !== undefined) {
    urlVar("DATABASE_URL", databaseUrl, ["postgres:", "postgresql:"], "a postgres:// or postgresql:// URL");
    config.databaseUrl = databaseUrl;
  }
  const poolSize = envValue(env, "DATABASE_POOL_SIZE");
  if (poolSize !== undefined) config.databasePoolSize = integerVar("DATABASE_POOL_SIZE", poolSize, 0, 1, 1000);
  const publicUrl = envValue(env, "PUBLIC_URL");
  if (publicUrl !== undefined) {
    config.publicUrl = urlVar("PUBLIC_URL", publicUrl, ["http:", "https:"], "an http:// or https:// URL").href.replace(/\/+$/, "");
  }

  config.secretKey = await secretKeyFrom(envValue(env, "ONBOARDING_SECRET_KEY"), dataDir, deps);
  config.encryptionKeys = await encryptionKeysFrom(envValue(env, "ONBOARDING_ENCRYPTION_KEY"), nodeEnv, dataDir, deps);
  return config;
}

async function secretKeyFrom(value: string | undefined, dataDir: string, deps: TConfigDeps): Promise<string> {
  const check = (key: string, source: string) => {
    if (key.length < 32 || !SECRET_KEY.test(key)) {
      // Length only: the value is a secret and this message goes to logs.
      throw new ConfigError(source, `${source} must start with "sk_" and be at least 32 characters without spaces (got ${key.length} characters)`);
    }
    return key;
  };
  if (value !== undefined) return check(value, "ONBOARDING_SECRET_KEY");
  const stored = await readOrCreateSecret(deps, dataDir, "secret-key", () => `sk_${deps.randomBytes(32).toString("base64url")}`);
  check(stored.value, stored.path);
  if (stored.created) {
    deps.log(`[config] Generated the API secret key, stored in ${stored.path}: ${stored.value}`);
    deps.log(`[config] Send it as "Authorization: Bearer <key>"; set ONBOARDING_SECRET_KEY to use your own.`);
  }
  return stored.value;
}

async function encryptionKeysFrom(value: string | undefined, nodeEnv: string, dataDir: string, deps: TConfigDeps): Promise<TEncryptionKey[]> {
  const parse = (text: string, source: string) => {
    try {
      return parseEncryptionKeys(text);
    } catch (error) {
      if (error instanceof CipherError) throw new ConfigError(source, `${source}: ${error.message}`);
      throw error;
    }
  };
  if (value !== undefined) return parse(value, "ONBOARDING_ENCRYPTION_KEY");
  if (nodeEnv === "production") {
    // A key generated next to the data protects nothing and is lost with the volume (OWASP: keep keys apart from data).
    throw new ConfigError(
      "ONBOARDING_ENCRYPTION_KEY",
      "ONBOARDING_ENCRYPTION_KEY must be set when NODE_ENV=production: a comma-separated list of 32-byte base64 or hex keys, newest first (e.g. `openssl rand -base64 32`)",
    );
  }
  const stored = await readOrCreateSecret(deps, dataDir, "encryption-key", () => generateEncryptionKey(deps.randomBytes));
  if (stored.created) {
    deps.log(`[config] Generated a development encryption key in ${stored.path}; set ONBOARDING_ENCRYPTION_KEY in production.`);
  }
  return parse(stored.value, stored.path);
}
