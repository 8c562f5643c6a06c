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

describe("rate limit configuration", () => {
  it("defaults: 500/s (burst 1000) per secret key, 20/s (burst 100) per client secret", async () => {
    expect((await loadConfig(base, deps)).rateLimit).toEqual({ secretKey: { perSecond: 500, burst: 1000 }, clientSecret: { perSecond: 20, burst: 100 } });
  });

  it("takes ONBOARDING_RATE_LIMIT_*; 0 per second turns a limit off", async () => {
    const config = await loadConfig({
      ...base, ONBOARDING_RATE_LIMIT_PER_SECOND: "0", ONBOARDING_RATE_LIMIT_BURST: "5",
      ONBOARDING_RATE_LIMIT_CLIENT_PER_SECOND: "3", ONBOARDING_RATE_LIMIT_CLIENT_BURST: "9",
    }, deps);
    expect(config.rateLimit).toEqual({ secretKey: { perSecond: 0, burst: 5 }, clientSecret: { perSecond: 3, burst: 9 } });
  });

  it.each([
    ["ONBOARDING_RATE_LIMIT_PER_SECOND", "-1"],
    ["ONBOARDING_RATE_LIMIT_BURST", "0"],
    ["ONBOARDING_RATE_LIMIT_CLIENT_PER_SECOND", "fast"],
    ["ONBOARDING_RATE_LIMIT_CLIENT_BURST", "1.5"],
  ])("names %s when it is %j", async (variable, value) => {
    const error = await loadConfig({ ...base, [variable]: value }, deps).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ variable });
  });
});
