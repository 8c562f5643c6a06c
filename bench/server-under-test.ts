/**
 * The server a benchmark loads, in its own process so the load generator never
 * shares its event loop. It serves the real app and, beside it, the baseline:
 * bare Hono routes that validate the same bodies with the same core/ schemas and
 * do a single insert / select / update on the same database. Reporting the app
 * as a ratio of the baseline cancels out the machine's speed.
 *
 * Env: BENCH_DATABASE_URL (PostgreSQL) or BENCH_DATA_DIR (PGlite), BENCH_SECRET_KEY.
 * Prints `ready <port>` when listening.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { ZCustomerCreateInput, ZCustomerUpdateInput } from "../core/customer/customer-input.ts";
import { createApp } from "../server/app.ts";
import { createFieldCipher } from "../server/crypto/field-cipher.ts";
import { openDatabase } from "../server/db/database.ts";

// As in production (NODE_ENV=production): without the development-only nested-query guard.
const db = await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL, dataDir: process.env.BENCH_DATA_DIR, guardNestedQueries: false });
await db.query("create table if not exists bench_baseline (id text primary key, record jsonb not null)");
const cipher = createFieldCipher({ keys: [{ id: "bench001", key: randomBytes(32) }] });
const log = { error: (m: string, d?: unknown) => console.error(m, d), info: () => {} };
// Webhook endpoints on loopback are allowed for the "create, 1 webhook endpoint" case; no dispatcher
// runs here, so its deliveries only pile up in the outbox, as they would while a receiver is down.
const app = createApp({
  db, cipher, clock: () => new Date(), secretKey: process.env.BENCH_SECRET_KEY!, minimumAge: 18,
  documentsDir: mkdtempSync(join(tmpdir(), "onboarding-bench-docs-")), log, webhooks: { allowPrivateTargets: true },
});

const baseline = new Hono();
baseline.post("/customer", async (c) => {
  const input = ZCustomerCreateInput.parse(await c.req.json());
  // randomUUID draws from Node's cached entropy pool, as the API's ids do from theirs
  // (server/crypto/random-pool.ts): a randomBytes call per id would slow the floor by ~5 µs.
  const id = `customer_${randomUUID().replaceAll("-", "")}`;
  await db.query("insert into bench_baseline (id, record) values ($1, $2::jsonb)", [id, JSON.stringify(input)]);
  return c.json({ ok: true, data: { customer: { id, ...input } } });
});
baseline.get("/customer/:id", async (c) => {
  const { rows } = await db.query("select record from bench_baseline where id = $1", [c.req.param("id")]);
  return c.json({ ok: true, data: { customer: rows[0] } });
});
baseline.post("/customer/:id", async (c) => {
  const input = ZCustomerUpdateInput.parse(await c.req.json());
  const { rows } = await db.query("update bench_baseline set record = record || $2::jsonb where id = $1 returning record", [c.req.param("id"), JSON.stringify(input)]);
  return c.json({ ok: true, data: { customer: rows[0] } });
});
baseline.get("/customer", async (c) => {
  const { rows } = await db.query("select record from bench_baseline order by id desc limit 20");
  return c.json({ ok: true, data: { customers: rows } });
});
// Between cases (api-throughput.ts): the rows the last case wrote vacuumed and their statistics
// fresh, so no case inherits another's dead rows or a stale plan.
baseline.post("/settle", async (c) => {
  await db.query("vacuum analyze");
  return c.json({ ok: true });
});
// Memory of this server process after the load, for the report.
baseline.get("/memory", (c) => c.json(process.memoryUsage()));
app.route("/baseline", baseline);

const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => console.log(`ready ${info.port}`));
process.on("SIGTERM", () => {
  server.close();
  void db.close().then(() => process.exit(0));
});
