import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { TOS_DISCLAIMER } from "../../core/terms/tos-disclaimer.ts";
import { databaseKinds, openTestDatabase, type TTestDatabase } from "../support/databases.ts";
import { b64, pdf, png } from "../server/documents/fixtures.ts";
import { SEED_CREATE_BODY } from "../server/api-harness.ts";
import { startReceiver } from "../server/webhooks/receiver.ts";
import { checkPglite, checkPostgres, filesContaining } from "./integrity.ts";
import { freePort, serverProcess, type TServerProcess } from "./server-process.ts";

const SECRET_KEY = `sk_stress_${"s".repeat(40)}`;
const SSN = "536-22-8917";
const DOC_MARKER = "STRESS-DOCUMENT-BYTES-4471";
const CLIENTS = Number(process.env.STRESS_CLIENTS ?? 24);
const UPDATES = 3;
const RECEIVER_DELAY_MS = 300;
const MAX_WAVES = 10;

/** Figures printed at the end and copied into docs/security.md. */
type TFigures = { requests: number; faults: number; acknowledged: number; found: number; events: number; duplicates: number; concurrentDuplicates: number };

describe.each(databaseKinds)("SIGKILL at random moments during creates and updates (%s)", (kind) => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  it("loses no acknowledged write, creates nothing twice, delivers every event, and the database checks clean", async () => {
    const started = Date.now();
    const dataDir = await mkdtemp(join(tmpdir(), "onboarding-stress-"));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    let database: TTestDatabase | null = null;
    if (kind === "postgres") {
      database = await openTestDatabase("postgres");
      cleanups.push(() => database!.close());
    }
    const receiver = await startReceiver();
    cleanups.push(() => receiver.close());
    receiver.state.delayMs = RECEIVER_DELAY_MS;
    const arrivals = new Map<string, number[]>();
    receiver.state.answer = (event) => {
      arrivals.set(event.id, [...(arrivals.get(event.id) ?? []), Date.now()]);
      return 200;
    };

    // PGlite is one process per data folder; PostgreSQL gets two processes sharing the database.
    const env = (port: number) => ({
      PORT: String(port), DATA_DIR: dataDir, ONBOARDING_SECRET_KEY: SECRET_KEY, ONBOARDING_ENCRYPTION_KEY: ENCRYPTION_KEY,
      ONBOARDING_WEBHOOK_ALLOW_PRIVATE: "true", ONBOARDING_WEBHOOK_POLL_MS: "100", ONBOARDING_WEBHOOK_TIMEOUT_MS: "2000", ONBOARDING_WEBHOOK_LEASE_MS: "3000",
      ...(database?.url ? { DATABASE_URL: database.url } : {}),
    });
    const servers: TServerProcess[] = [];
    for (let i = 0; i < (kind === "postgres" ? 2 : 1); i++) servers.push(serverProcess(env(await freePort())));
    cleanups.push(() => Promise.all(servers.map((s) => s.kill())));
    await Promise.all(servers.map((s) => s.start()));

    const figures: TFigures = { requests: 0, faults: 0, acknowledged: 0, found: 0, events: 0, duplicates: 0, concurrentDuplicates: 0 };
    /** Sends until acknowledged (2xx), through kills and restarts, always with the same Idempotency-Key. */
    const untilAcknowledged = async (method: string, path: string, key: string, body: unknown) => {
      for (let attempt = 0; ; attempt++) {
        const server = servers[(attempt + key.length) % servers.length]!;
        figures.requests++;
        const res = await fetch(`${server.base}${path}`, {
          method, body: JSON.stringify(body),
          headers: { Authorization: `Bearer ${SECRET_KEY}`, "Content-Type": "application/json", "Idempotency-Key": key },
        }).catch(() => null);
        if (res && res.status < 300) {
          figures.acknowledged++;
          return (await res.json()) as any;
        }
        // 409 idempotency_key_in_use (the first try still runs elsewhere), 5xx, or a dead socket: wait, retry.
        if (res && res.status < 500 && res.status !== 409) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
        await res?.body?.cancel();
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    };

    const hook = (await untilAcknowledged("POST", "/v1/webhook", "hook", { url: receiver.url, events: ["*"] })).data.webhook;
    receiver.state.secrets = [hook.secret];

    // The load: each client creates one customer (some complete, so verification runs too), then updates it.
    const acknowledged = new Map<number, { id: string; lastName: string | null }>();
    const client = async (n: number) => {
      const complete = n % 3 === 0;
      const body = complete
        ? { ...SEED_CREATE_BODY, email: `c${n}@stress.example`, ssn: SSN, identityDocumentFront: b64(n % 2 ? png(12, 12) : pdf(DOC_MARKER)), tosAccepted: true, tosDisclaimer: TOS_DISCLAIMER }
        : { firstName: `Client${n}`, email: `c${n}@stress.example`, ssn: SSN, incorporationDocument: undefined };
      const created = await untilAcknowledged("POST", "/v1/customer", `create-${n}`, body);
      const id = created.data.customer.id as string;
      acknowledged.set(n, { id, lastName: created.data.customer.lastName });
      for (let j = 0; j < UPDATES && !complete; j++) {
        const lastName = `Update${j}`;
        await untilAcknowledged("POST", `/v1/customer/${id}`, `update-${n}-${j}`, { lastName });
        acknowledged.set(n, { id, lastName });
      }
    };

    // The faults: kill a random server at a random moment and restart it, while waves of load run,
    // until FAULTS kills have landed (bounded: at most MAX_WAVES waves).
    const targetFaults = Number(process.env.STRESS_FAULTS ?? (kind === "postgres" ? 12 : 6));
    let loadDone = false;
    const load = (async () => {
      for (let wave = 0; wave < MAX_WAVES && (wave === 0 || figures.faults < targetFaults); wave++) {
        await Promise.all(Array.from({ length: CLIENTS }, (_, i) => new Promise((r) => setTimeout(r, i * 40)).then(() => client(wave * CLIENTS + i))));
      }
    })().finally(() => {
      loadDone = true;
    });
    while (!loadDone) {
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 900));
      if (loadDone) break;
      const victim = servers[Math.floor(Math.random() * servers.length)]!;
      await victim.kill();
      figures.faults++;
      await victim.start();
    }
    await load;

    // Every acknowledged write is there, once.
    const get = (path: string) => fetch(`${servers[0]!.base}${path}`, { headers: { Authorization: `Bearer ${SECRET_KEY}` } }).then((r) => r.json() as Promise<any>);
    for (const [n, { id, lastName }] of acknowledged) {
      const customer = (await get(`/v1/customer/${id}`)).data.customer;
      expect(customer.lastName).toBe(lastName);
      const same = (await get(`/v1/customer?email=c${n}@stress.example`)).data.customers;
      expect(same.map((c: { id: string }) => c.id), `create-${n} made ${same.length} customers`).toEqual([id]);
      figures.found += 1 + (n % 3 === 0 ? 0 : UPDATES);
    }
    expect(acknowledged.size % CLIENTS).toBe(0);

    // The outbox delivers every event at least once, signed.
    const outbox = await waitForDeliveries(get, hook.id);
    const receivedIds = new Set(receiver.received.map((r) => r.id));
    expect(outbox.filter((d) => !receivedIds.has(d.eventId))).toEqual([]);
    expect(receiver.unverified).toEqual([]);
    const createdFor = new Set(receiver.received.filter((r) => r.type === "customer.created").map((r) => r.event.data.customer.id));
    expect([...acknowledged.values()].filter(({ id }) => !createdFor.has(id))).toEqual([]);
    figures.events = receivedIds.size;
    figures.duplicates = receiver.received.length - receivedIds.size;
    // Two sends of one event closer than the receiver's answer time were in flight at once.
    figures.concurrentDuplicates = [...arrivals.values()].filter((times) => times.some((t, i) => i > 0 && t - times[i - 1]! < RECEIVER_DELAY_MS)).length;
    expect(figures.concurrentDuplicates).toBe(0);

    const logs = servers.flatMap((s) => s.log).join("");
    await Promise.all(servers.map((s) => s.terminate()));

    // Integrity, and no SSN or document bytes in plain text anywhere the server wrote.
    const needles = [SSN, SSN.replace(/-/g, ""), DOC_MARKER].map((s) => Buffer.from(s));
    let integrity: { problems: string[] };
    let searched: { hits: string[]; bytes: number };
    if (database) {
      integrity = await checkPostgres(database.url!);
      const dataDirectory = await checkpointAndLocate(database.url!);
      searched = filesContaining(dataDirectory, needles);
      searched.hits.push(...filesContaining(dataDir, needles).hits);
    } else {
      integrity = await checkPglite(dataDir);
      searched = filesContaining(dataDir, needles);
    }
    expect(integrity.problems).toEqual([]);
    expect(searched.hits).toEqual([]);
    expect(needles.filter((n) => logs.includes(n.toString()))).toEqual([]);

    console.info(
      `[stress ${kind}] requests tried ${figures.requests}, faults injected ${figures.faults}, writes acknowledged ${figures.acknowledged}, ` +
        `writes found ${figures.found} (+1 endpoint), events delivered ${figures.events} (${figures.duplicates} redelivered, ${figures.concurrentDuplicates} at once), ` +
        `integrity problems ${integrity.problems.length}, ${(searched.bytes / 1e6).toFixed(0)} MB searched for plaintext: ${searched.hits.length} hits, ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  });
});

const ENCRYPTION_KEY = randomBytes(32).toString("base64");

async function waitForDeliveries(get: (path: string) => Promise<any>, hookId: string): Promise<Array<{ eventId: string; status: string }>> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const all: Array<{ eventId: string; status: string }> = [];
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const page: { deliveries: Array<{ eventId: string; status: string }>; hasMore: boolean; nextCursor: string | null } = (await get(`/v1/webhook/${hookId}/deliveries?limit=100${cursor ? `&cursor=${cursor}` : ""}`)).data;
      all.push(...page.deliveries);
      cursor = page.hasMore ? page.nextCursor : null;
    }
    if (all.every((d) => d.status === "delivered")) return all;
    if (Date.now() > deadline) throw new Error(`deliveries not all delivered: ${JSON.stringify(all.filter((d) => d.status !== "delivered"))}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Flushes PostgreSQL's buffers to its files, and returns where they are (`show data_directory`). */
async function checkpointAndLocate(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("checkpoint");
    return (await client.query<{ data_directory: string }>("show data_directory")).rows[0]!.data_directory;
  } finally {
    await client.end();
  }
}
