/**
 * `npm run bench`: every figure of issue 7, measured the same way each time.
 * Prints a Markdown table and writes bench/results/latest.json.
 * Absolute numbers depend on the machine; ratios against a baseline measured
 * in the same run are what to compare across machines.
 *
 * Env: BENCH_QUICK=1 for a short smoke run (fewer rows and seconds).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { findPostgresBin, startPostgresCluster } from "../test/support/postgres-cluster.ts";
import { measureApiThroughput } from "./api-throughput.ts";
import { BUDGETS, measureBundle } from "./bundle-size.ts";
import { measurePageLoad } from "./page-load.ts";
import { renderReport } from "./report.ts";
import { measureRequirementsCost } from "./scale.ts";
import { measureScaleApart } from "./scale-process.ts";

const root = resolve(import.meta.dirname, "..");
const quick = process.env.BENCH_QUICK === "1";
const started = Date.now();
const step = (what: string) => console.error(`[bench] ${what} (${Math.round((Date.now() - started) / 1000)} s)`);

step("building the widget");
execFileSync(process.execPath, ["--import", "tsx", join(root, "widget/build.ts")], { cwd: root, stdio: "ignore" });
const bundle = measureBundle(join(root, "dist/widget"));

step("page load in Chromium");
const pageLoad = await measurePageLoad(quick ? 3 : 11, { server: 18901, host: 18902, blank: 18903 });

const bin = findPostgresBin();
// PostgreSQL's default shared_buffers (the tests' 32 MB is for many databases at once), and
// no autovacuum: the bench vacuums between cases itself (api-throughput.ts, seed-customers.ts).
const cluster = bin ? await startPostgresCluster(bin, { settings: ["shared_buffers=128MB", "autovacuum=off"] }) : null;
try {
  const databases = [{ name: "pglite" }, ...(cluster ? [{ name: "postgres", url: cluster.url }] : [])];
  const throughput = [];
  const memory: Record<string, number> = {};
  for (const database of databases) {
    step(`API throughput on ${database.name}`);
    const result = await measureApiThroughput(database, quick ? 3 : 12);
    throughput.push(...result.rows);
    memory[database.name] = result.rssMb;
  }

  const scale = [];
  step("list latency as PGlite grows");
  scale.push(...(await measureScaleApart({ name: "pglite", sizes: quick ? [1_000, 10_000] : [1_000, 100_000] })));
  if (cluster) {
    step("list latency as PostgreSQL grows");
    scale.push(...(await measureScaleApart({ name: "postgres", databaseUrl: cluster.url, sizes: quick ? [1_000, 10_000] : [1_000, 100_000, 1_000_000] })));
  }
  const requirements = measureRequirementsCost();

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? "?", memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
    budgets: BUDGETS,
    bundle: { loader: bundle.loader, firstStep: bundle.firstStep, wholeFlow: bundle.wholeFlow },
    pageLoad,
    throughput,
    serverRssMbAfterLoad: memory,
    scale,
    requirementsMicroseconds: requirements,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync(join(root, "bench/results"), { recursive: true });
  writeFileSync(join(root, "bench/results/latest.json"), JSON.stringify(results, null, 2) + "\n");
  console.log(renderReport(results));
} finally {
  await cluster?.stop();
}
