import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, nodeConfigDeps, type TConfigDeps } from "../../../server/config/load-config.ts";

/** An in-memory folder, a counting RNG and a captured log: no disk, no module mocks. */
function fakeDeps() {
  const files = new Map<string, { data: string; mode: number }>();
  const lines: string[] = [];
  let counter = 0;
  const deps: TConfigDeps = {
    readFile: async (path) => {
      const file = files.get(path);
      if (!file) throw Object.assign(new Error(`ENOENT ${path}`), { code: "ENOENT" });
      return file.data;
    },
    writeFile: async (path, data, { mode }) => {
      if (files.has(path)) throw Object.assign(new Error(`EEXIST ${path}`), { code: "EEXIST" });
      files.set(path, { data, mode });
    },
    mkdir: async () => undefined,
    exists: async (path) => files.has(path),
    randomBytes: (size) => Buffer.alloc(size, ++counter),
    log: (line) => lines.push(line),
  };
  return { deps, files, lines };
}

const goodSecret = `sk_${"x".repeat(40)}`;
const goodKey = randomBytes(32).toString("base64");
const errorOf = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as ConfigError);

describe("loadConfig", () => {
  it("starts with nothing set: defaults, plus keys generated once and reused", async () => {
    const { deps, files, lines } = fakeDeps();
    const first = await loadConfig({}, deps);
    expect(first).toMatchObject({ port: 8787, dataDir: "./data", nodeEnv: "development", minimumAge: 18 });
    expect(first.databaseUrl).toBeUndefined();
    expect(first.secretKey).toMatch(/^sk_[A-Za-z0-9_-]{43}$/);
    expect(first.encryptionKeys).toHaveLength(1);
    expect(files.get("data/secret-key")).toEqual({ data: `${first.secretKey}\n`, mode: 0o600 });
    expect(files.get("data/encryption-key")?.mode).toBe(0o600);
    // The secret key is printed exactly once, the encryption key never.
    expect(lines.filter((l) => l.includes(first.secretKey))).toHaveLength(1);
    expect(lines.join("\n")).not.toContain(files.get("data/encryption-key")!.data.trim());

    const again = await loadConfig({}, deps);
    expect(again.secretKey).toBe(first.secretKey);
    expect(again.encryptionKeys[0]!.id).toBe(first.encryptionKeys[0]!.id);
    expect(lines.filter((l) => l.includes(first.secretKey))).toHaveLength(1);
  });

  it("takes every variable when set", async () => {
    const { deps, files } = fakeDeps();
    const config = await loadConfig(
      {
        PORT: "3000",
        DATA_DIR: "/var/lib/onboarding",
        DATABASE_URL: "postgresql://app:pw@db:5432/onboarding",
        DATABASE_POOL_SIZE: "20",
        ONBOARDING_SECRET_KEY: goodSecret,
        ONBOARDING_ENCRYPTION_KEY: `${goodKey},${randomBytes(32).toString("hex")}`,
        ONBOARDING_MINIMUM_AGE: "21",
        NODE_ENV: "production",
        PUBLIC_URL: "https://onboarding.example.com/",
      },
      deps,
    );
    expect(config).toMatchObject({
      port: 3000,
      dataDir: "/var/lib/onboarding",
      databaseUrl: "postgresql://app:pw@db:5432/onboarding",
      databasePoolSize: 20,
      secretKey: goodSecret,
      minimumAge: 21,
      nodeEnv: "production",
      publicUrl: "https://onboarding.example.com",
    });
    expect(config.encryptionKeys).toHaveLength(2);
    expect(files.size).toBe(0);
  });

  it("refuses to generate an encryption key in production", async () => {
    const error = await errorOf(loadConfig({ NODE_ENV: "production", ONBOARDING_SECRET_KEY: goodSecret }, fakeDeps().deps));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ variable: "ONBOARDING_ENCRYPTION_KEY" });
    expect(error!.message).toMatch(/^ONBOARDING_ENCRYPTION_KEY must be set when NODE_ENV=production/);
  });

  it.each([
    ["PORT", "abc", 'PORT must be an integer between 1 and 65535, got "abc"'],
    ["PORT", "0", 'PORT must be an integer between 1 and 65535, got "0"'],
    ["PORT", "65536", "between 1 and 65535"],
    ["PORT", "80.5", "between 1 and 65535"],
    ["ONBOARDING_MINIMUM_AGE", "-1", 'ONBOARDING_MINIMUM_AGE must be an integer between 1 and 150, got "-1"'],
    ["DATABASE_URL", "mysql://u:secretpw@h/db", 'DATABASE_URL must be a postgres:// or postgresql:// URL, got a "mysql:" URL'],
    ["DATABASE_URL", "localhost:5432", "DATABASE_URL must be a postgres:// or postgresql:// URL"],
    ["DATABASE_POOL_SIZE", "0", 'DATABASE_POOL_SIZE must be an integer between 1 and 1000, got "0"'],
    ["DATABASE_POOL_SIZE", "ten", "between 1 and 1000"],
    ["PUBLIC_URL", "ftp://x", 'PUBLIC_URL must be an http:// or https:// URL, got a "ftp:" URL'],
    ["ONBOARDING_SECRET_KEY", "pk_live_1234567890abcdefghijklmnopqrstuv", 'ONBOARDING_SECRET_KEY must start with "sk_"'],
    ["ONBOARDING_SECRET_KEY", "sk_short", "at least 32 characters"],
    ["ONBOARDING_ENCRYPTION_KEY", "tooshort", "ONBOARDING_ENCRYPTION_KEY: the key must be 32 bytes"],
    ["ONBOARDING_ENCRYPTION_KEY", `${goodKey},nope`, "ONBOARDING_ENCRYPTION_KEY: key 2 of 2 must be 32 bytes"],
  ])("names %s when it is %j", async (variable, value, expected) => {
    const env = { ONBOARDING_SECRET_KEY: goodSecret, ONBOARDING_ENCRYPTION_KEY: goodKey, [variable]: value };
    const error = await errorOf(loadConfig(env, fakeDeps().deps));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ variable });
    expect(error!.message).toContain(expected);
    // Secrets and passwords never reach the message (and so the log).
    if (variable !== "PORT" && variable !== "ONBOARDING_MINIMUM_AGE") {
      expect(error!.message).not.toContain(value.length > 8 ? value : "\u0000");
      expect(error!.message).not.toContain("secretpw");
    }
  });

  it("treats empty variables as unset", async () => {
    const config = await loadConfig({ PORT: "", DATABASE_URL: " ", ONBOARDING_SECRET_KEY: "" }, fakeDeps().deps);
    expect(config.port).toBe(8787);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.secretKey).toMatch(/^sk_/);
  });

  it("names the stored file when it has been damaged", async () => {
    const { deps, files } = fakeDeps();
    files.set("data/encryption-key", { data: "garbage\n", mode: 0o600 });
    const error = await errorOf(loadConfig({ ONBOARDING_SECRET_KEY: goodSecret }, deps));
    expect(error).toMatchObject({ variable: "data/encryption-key" });
  });

  it("stores generated keys on disk readable by the owner only", async () => {
    const dir = await mkdtemp(join(tmpdir(), "onboarding-config-"));
    try {
      const quiet = { ...nodeConfigDeps, log: () => undefined };
      const dataDir = join(dir, "nested", "data");
      const first = await loadConfig({ DATA_DIR: dataDir }, quiet);
      expect((await stat(join(dataDir, "secret-key"))).mode & 0o777).toBe(0o600);
      expect((await stat(join(dataDir, "encryption-key"))).mode & 0o777).toBe(0o600);
      const second = await loadConfig({ DATA_DIR: dataDir }, quiet);
      expect(second.secretKey).toBe(first.secretKey);
      expect(second.encryptionKeys[0]!.key.equals(first.encryptionKeys[0]!.key)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
