import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, type TConfigDeps } from "../../../server/config/load-config.ts";

const deps: TConfigDeps = {
  readFile: async () => { throw Object.assign(new Error("ENOENT"), { code: "ENOENT" }); },
  writeFile: async () => undefined,
  mkdir: async () => undefined,
  exists: async () => false,
  randomBytes: (size) => Buffer.alloc(size, 7),
  log: () => undefined,
};
const base = { ONBOARDING_SECRET_KEY: `sk_${"x".repeat(40)}`, ONBOARDING_ENCRYPTION_KEY: randomBytes(32).toString("base64") };
const errorOf = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as ConfigError);

describe("webhook configuration", () => {
  it("defaults: public targets only, 1 s poll, 15 s timeout, 60 s lease", async () => {
    expect((await loadConfig(base, deps)).webhooks).toEqual({ allowPrivateTargets: false, pollMs: 1000, timeoutMs: 15_000, leaseMs: 60_000 });
  });

  it("takes ONBOARDING_WEBHOOK_ALLOW_PRIVATE and the timings", async () => {
    const config = await loadConfig({
      ...base, ONBOARDING_WEBHOOK_ALLOW_PRIVATE: "TRUE", ONBOARDING_WEBHOOK_POLL_MS: "100",
      ONBOARDING_WEBHOOK_TIMEOUT_MS: "3000", ONBOARDING_WEBHOOK_LEASE_MS: "4000",
    }, deps);
    expect(config.webhooks).toEqual({ allowPrivateTargets: true, pollMs: 100, timeoutMs: 3000, leaseMs: 4000 });
    expect((await loadConfig({ ...base, ONBOARDING_WEBHOOK_ALLOW_PRIVATE: "false" }, deps)).webhooks.allowPrivateTargets).toBe(false);
  });

  it.each([
    ["ONBOARDING_WEBHOOK_ALLOW_PRIVATE", "maybe", 'ONBOARDING_WEBHOOK_ALLOW_PRIVATE must be true or false, got "maybe"'],
    ["ONBOARDING_WEBHOOK_POLL_MS", "5", "ONBOARDING_WEBHOOK_POLL_MS must be an integer between 10 and 60000"],
    ["ONBOARDING_WEBHOOK_TIMEOUT_MS", "1.5", "ONBOARDING_WEBHOOK_TIMEOUT_MS must be an integer"],
    ["ONBOARDING_WEBHOOK_LEASE_MS", "10000", "ONBOARDING_WEBHOOK_LEASE_MS (10000) must be more than ONBOARDING_WEBHOOK_TIMEOUT_MS (15000)"],
  ])("names %s when it is %j", async (variable, value, message) => {
    const error = await errorOf(loadConfig({ ...base, [variable]: value }, deps));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ variable });
    expect(error!.message).toContain(message);
  });
});
