/**
 * The scale step in a process of its own (bench/run.ts starts it once per database).
 * In the bench's own process the list p99s were 5–7 ms against 1–3 ms run alone: that
 * process carries the heap of every earlier step (Chromium's driver, autocannon's
 * results), and its garbage collections landed in the slowest 1 % of list requests.
 *
 * Argument: JSON `{ name, sizes, databaseUrl? }` (no url: a fresh in-memory PGlite).
 * Prints the rows as one JSON line, last.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { openDatabase } from "../server/db/database.ts";
import { measureScale, type TScaleRow } from "./scale.ts";

type TScaleJob = { name: string; sizes: number[]; databaseUrl?: string };

/** Runs this file in a child process and returns its rows. */
export async function measureScaleApart(job: TScaleJob): Promise<TScaleRow[]> {
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", import.meta.filename, JSON.stringify(job)], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as TScaleRow[];
}

if (process.argv[1] === import.meta.filename) {
  const job = JSON.parse(process.argv[2]!) as TScaleJob;
  // As in production: without the development-only nested-query guard (server/db/transaction-scope.ts).
  const db = await openDatabase({ databaseUrl: job.databaseUrl, guardNestedQueries: false });
  try {
    console.log(JSON.stringify(await measureScale(db, job.name, job.sizes)));
  } finally {
    await db.close();
  }
}
