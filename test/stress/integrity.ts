import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { openDatabase } from "../../server/db/database.ts";
import type { Queryable } from "../../server/db/database.ts";

/** Queries that must all return zero rows on a consistent database, whatever crashed when. */
const CONSISTENCY = [
  // An idempotency key for a customer create points at a customer that exists (key and change commit together).
  `select key from idempotency_keys k where request_path = '/v1/customer' and status_code = 200
     and not exists (select 1 from customers c where c.id = k.response_body->'body'->'data'->'customer'->>'id')`,
  "select id from customers where version < 1 or record->>'id' <> id",
  "select id from webhook_deliveries d where not exists (select 1 from webhook_events e where e.id = d.event_id)",
  "select customer_id from verification_results group by customer_id, job_id having count(*) > 1",
];

async function consistencyProblems(db: Queryable): Promise<string[]> {
  const problems: string[] = [];
  for (const sql of CONSISTENCY) {
    const { rows } = await db.query(sql);
    if (rows.length) problems.push(`${sql.split("\n")[0]!.slice(0, 80)}…: ${rows.length} rows`);
  }
  // Every primary-key index agrees with its table: the same row count through the index as through a scan.
  for (const table of ["customers", "webhook_events", "webhook_deliveries", "documents"]) {
    await db.query("set enable_seqscan = off");
    const keyed = (await db.query<{ n: number }>(`select count(*)::int as n from ${table} where id is not null`)).rows[0]!.n;
    await db.query("set enable_seqscan = on");
    const scan = (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;
    if (scan !== keyed) problems.push(`${table}: ${scan} rows scanned, ${keyed} through its index`);
  }
  return problems;
}

/** PostgreSQL: amcheck over every B-tree index of the schema (heapallindexed), then the consistency queries. */
export async function checkPostgres(url: string): Promise<{ problems: string[]; indexesChecked: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("create extension if not exists amcheck");
    const { rows } = await client.query<{ name: string }>(
      `select c.oid::regclass::text as name from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
        where a.amname = 'btree' and c.relnamespace = current_schema()::regnamespace`,
    );
    const problems: string[] = [];
    for (const { name } of rows) {
      await client.query("select bt_index_check(index => $1::regclass, heapallindexed => true)", [name]).catch((e: Error) => problems.push(`${name}: ${e.message}`));
    }
    const wrapped = { query: (sql: string) => client.query(sql) } as unknown as Queryable;
    return { problems: [...problems, ...(await consistencyProblems(wrapped))], indexesChecked: rows.length };
  } finally {
    await client.end();
  }
}

/** PGlite: reopen the data folder (recovery runs as on a restart), then the consistency queries. */
export async function checkPglite(dataDir: string): Promise<{ problems: string[] }> {
  const db = await openDatabase({ dataDir });
  try {
    return { problems: await consistencyProblems(db) };
  } finally {
    await db.close();
  }
}

/** Every file under `dir` that holds one of `needles` (plain bytes). Read as root: PostgreSQL's files too. */
export function filesContaining(dir: string, needles: Buffer[]): { hits: string[]; bytes: number } {
  const hits: string[] = [];
  let bytes = 0;
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile()) {
        const content = readFileSync(full);
        bytes += content.length;
        if (needles.some((n) => content.includes(n))) hits.push(full);
      }
    }
  };
  walk(dir);
  return { hits, bytes };
}
