import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { databaseKinds, openTestDatabase, type TTestDatabase } from "../../support/databases.ts";
import { startReceiver } from "./receiver.ts";

const SECRET_KEY = `sk_crash_${"c".repeat(40)}`;
const ENCRYPTION_KEY = randomBytes(32).toString("base64");
const CUSTOMERS = 8;
const UPDATED = 4;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await Promise.resolve(probe()).catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The real server (`server/main.ts`, as `npm start` runs it) in a child process
 * whose pid is the server itself, so SIGKILL hits it and nothing else.
 */
function startServer(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_ENV: "development", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.resume();
  child.stderr!.on("data", (chunk: Buffer) => process.env.DEBUG_CRASH_TEST && process.stderr.write(chunk));
  return child;
}

describe.each(databaseKinds)("webhooks survive a SIGKILL mid-delivery (%s)", (kind) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  it("delivers every event at least once after the server is killed and restarted on the same data", { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "onboarding-crash-"));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    let database: TTestDatabase | null = null;
    if (kind === "postgres") {
      database = await openTestDatabase("postgres");
      cleanups.push(() => database!.close());
    }
    const receiver = await startReceiver();
    cleanups.push(() => receiver.close());
    // Slow answers keep deliveries in flight (claimed, unanswered) when the kill lands.
    receiver.state.delayMs = 1500;

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      PORT: String(port), DATA_DIR: dataDir, ONBOARDING_SECRET_KEY: SECRET_KEY, ONBOARDING_ENCRYPTION_KEY: ENCRYPTION_KEY,
      ONBOARDING_WEBHOOK_ALLOW_PRIVATE: "true", ONBOARDING_WEBHOOK_POLL_MS: "100",
      ONBOARDING_WEBHOOK_TIMEOUT_MS: "3000", ONBOARDING_WEBHOOK_LEASE_MS: "4000",
      ...(database?.url ? { DATABASE_URL: database.url } : {}),
    };
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, {
        method, headers: { Authorization: `Bearer ${SECRET_KEY}`, "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    const ready = () => waitFor("the server", async () => (await call("GET", "/v1/webhook")).status === 200 || undefined, 30_000);

    let server = startServer(env);
    cleanups.push(async () => void server.kill("SIGKILL"));
    await ready();
    const endpoint = (await call("POST", "/v1/webhook", { url: receiver.url, events: ["*"] })).body.data.webhook;
    receiver.state.secrets = [endpoint.secret];

    const ids: string[] = [];
    for (let i = 0; i < CUSTOMERS; i++) {
      ids.push((await call("POST", "/v1/customer", { firstName: `Crash${i}`, email: `crash${i}@example.com` })).body.data.customer.id);
    }
    // Giving the missing last name changes the requirements too: customer.updated + customer.requirements.updated.
    for (const id of ids.slice(0, UPDATED)) await call("POST", `/v1/customer/${id}`, { lastName: "Restart" });

    // Kill while the first deliveries wait for their (slow) answers.
    await waitFor("a delivery in flight", () => receiver.received.length > 0 || undefined, 15_000);
    server.kill("SIGKILL");
    await new Promise((resolve) => server.once("exit", resolve));
    const receivedBeforeKill = receiver.received.length;

    const restartedAt = Date.now();
    server = startServer(env);
    await ready();
    const expected = ids.flatMap((id, i) => (i < UPDATED ? [`${id} customer.created`, `${id} customer.updated`, `${id} customer.requirements.updated`] : [`${id} customer.created`]));
    const seen = () => new Set(receiver.received.map((r) => `${r.event.data.customer.id} ${r.type}`));
    await waitFor("every event after the restart", () => expected.every((key) => seen().has(key)) || undefined, 30_000).catch(async (error) => {
      const state = (await call("GET", `/v1/webhook/${endpoint.id}/deliveries?limit=100`).catch(() => null))?.body;
      throw new Error(`${error.message}: missing ${expected.filter((k) => !seen().has(k)).join(", ")}; deliveries ${JSON.stringify(state?.data?.deliveries?.map((d: any) => [d.eventType, d.status, d.attemptLog]))}`);
    });
    const recoveredInMs = Date.now() - restartedAt;

    // Every event the outbox holds reached the receiver, verified, and ends up delivered.
    const deliveries = await waitFor("all deliveries recorded", async () => {
      const list = (await call("GET", `/v1/webhook/${endpoint.id}/deliveries?limit=100`)).body.data.deliveries as any[];
      return list.every((d) => d.status === "delivered") ? list : undefined;
    }, 20_000);
    const receivedIds = new Set(receiver.received.map((r) => r.id));
    expect(deliveries.every((d) => receivedIds.has(d.eventId))).toBe(true);
    expect(receiver.unverified).toEqual([]);
    const retried = deliveries.filter((d) => d.attempts > 1);
    expect(retried.length).toBeGreaterThan(0);
    expect(retried.some((d) => d.attemptLog.some((a: any) => /lease expired/.test(a.error ?? "")))).toBe(true);

    console.info(
      `[crash test, ${kind}] events ${deliveries.length}, requests received ${receiver.received.length} ` +
        `(${receivedBeforeKill} before the kill, ${receiver.received.length - deliveries.length} duplicates), ` +
        `deliveries retried after the kill ${retried.length}, all events received ${recoveredInMs} ms after restart`,
    );
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  });
});
