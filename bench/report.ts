import type { TSize } from "./bundle-size.ts";
import type { TPageLoad } from "./page-load.ts";
import type { TThroughputRow } from "./api-throughput.ts";
import { SCALE_REPEAT, type TScaleRow } from "./scale.ts";

type TResults = {
  date: string;
  machine: { cpus: number; cpu: string; memoryGb: number; node: string };
  budgets: { loader: number; firstStep: number; wholeFlow: number };
  bundle: { loader: TSize; firstStep: TSize; wholeFlow: TSize };
  pageLoad: TPageLoad;
  throughput: TThroughputRow[];
  serverRssMbAfterLoad: Record<string, number>;
  scale: TScaleRow[];
  requirementsMicroseconds: { individualUs: number; business4Ubos: number };
  durationSeconds: number;
};

/** Issue 7's targets, as ratios measured in the same run. */
const THROUGHPUT_TARGETS: Record<string, number> = { create: 0.6, retrieve: 0.7 };
const LIST_P99_GROWTH_TARGET = 1.5;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? "✅" : "❌");

/** The Markdown report printed by `npm run bench` and pasted into docs/performance.md. */
export function renderReport(r: TResults): string {
  const lines: string[] = [];
  lines.push(`Measured ${r.date.slice(0, 16).replace("T", " ")} UTC on ${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memoryGb} GiB, Node ${r.machine.node} (${r.durationSeconds} s).`, "");
  lines.push("### Bundle (minified, each file compressed on its own)", "", "| part | min | gzip | brotli | budget (gzip) |", "|---|---|---|---|---|");
  for (const [name, key] of [["loader", "loader"], ["first step (JS + CSS + English)", "firstStep"], ["whole flow (every step, one locale)", "wholeFlow"]] as const) {
    const size = r.bundle[key];
    lines.push(`| ${name} | ${kb(size.min)} | ${kb(size.gzip)} | ${kb(size.brotli)} | ${kb(r.budgets[key])} ${mark(size.gzip <= r.budgets[key])} |`);
  }
  const p = r.pageLoad;
  lines.push("", `### Page load in Chromium (median of ${p.runs} cold loads, from the host page's navigation start)`, "", "| milestone | ms | × floor |", "|---|---|---|");
  lines.push(`| floor: host page with an empty cross-origin iframe loaded | ${p.floorMs} | 1 |`);
  lines.push(`| first field of the first step interactive | ${p.firstFieldMs} | ${p.firstFieldRatio} |`);
  lines.push(`| \`ready\` received by the host | ${p.readyMs} | ${p.readyRatio} |`);
  lines.push("", "### API throughput (autocannon, 20 connections, loopback) against a same-run baseline", "", "| database | operation | API req/s | baseline req/s | ratio | target | API p50 / p99 ms | baseline p50 / p99 ms |", "|---|---|---|---|---|---|---|---|");
  for (const row of r.throughput) {
    const target = THROUGHPUT_TARGETS[row.operation];
    lines.push(`| ${row.database} | ${row.operation} | ${row.apiRps} | ${row.baselineRps} | ${row.ratio} | ${target ? `≥ ${target} ${mark(row.ratio >= target)}` : "—"} | ${row.apiP50} / ${row.apiP99} | ${row.baselineP50} / ${row.baselineP99} |`);
  }
  lines.push("", `Server memory (RSS) after the load: ${Object.entries(r.serverRssMbAfterLoad).map(([db, mb]) => `${db} ${mb} MB`).join(", ")}.`);
  lines.push("", `### List latency as the table grows (in-process requests, ${SCALE_REPEAT.toLocaleString("en")} each)`, "", "| database | customers | query | p50 ms | p99 ms |", "|---|---|---|---|---|");
  for (const row of r.scale) lines.push(`| ${row.database} | ${row.customers.toLocaleString("en")} | ${row.query} | ${row.p50} | ${row.p99} |`);
  for (const db of new Set(r.scale.map((row) => row.database))) {
    const rows = r.scale.filter((row) => row.database === db && row.query === "first page (20)");
    const small = rows[0];
    const large = rows[rows.length - 1];
    if (small && large && large !== small) {
      const growth = Number((large.p99 / small.p99).toFixed(2));
      lines.push("", `${db}: first-page p99 at ${large.customers.toLocaleString("en")} is ${growth}× the p99 at ${small.customers.toLocaleString("en")} (target ≤ ${LIST_P99_GROWTH_TARGET}× at 1M) ${mark(growth <= LIST_P99_GROWTH_TARGET)}`);
    }
  }
  lines.push("", `Requirements engine: ${r.requirementsMicroseconds.individualUs} µs per individual, ${r.requirementsMicroseconds.business4Ubos} µs per business with 4 owners.`);
  return lines.join("\n");
}
