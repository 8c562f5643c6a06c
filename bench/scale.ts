import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { computeRequirements } from "../core/requirements/compute-requirements.ts";
import { createApp } from "../server/app.ts";
import { createFieldCipher } from "../server/crypto/field-cipher.ts";
import type { Database } from "../server/db/database.ts";
import { seedCustomers } from "./seed-customers.ts";
import { createEmptyCustomerRecord } from "../core/customer/customer-record.ts";

export type TScaleRow = { database: string; customers: number; query: string; p50: number; p99: number };

const SECRET = `sk_bench_${"s".repeat(40)}`;
/** Requests per shape: p99 is then the 10th slowest, not the 2nd (200 made it mostly noise). */
export const SCALE_REPEAT = 1000;
/** Requests per shape before measuring, at every size. */
const WARM_UP = 200;

function percentile(sorted: number[], p: number): number {
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2));
}

/**
 * List and filter latency through the real app (in process, `app.request`) as
 * the table grows: a page must cost the same at any size (keyset on indexes).
 */
export async function measureScale(db: Database, name: string, sizes: number[]): Promise<TScaleRow[]> {
  const cipher = createFieldCipher({ keys: [{ id: "bench001", key: randomBytes(32) }] });
  const app = createApp({ db, cipher, clock: () => new Date(), secretKey: SECRET, minimumAge: 18, documentsDir: mkdtempSync(join(tmpdir(), "onboarding-bench-docs-")), log: { error: console.error, info: () => {} } });
  const get = async (path: string) => {
    const res = await app.request(path, { headers: { authorization: `Bearer ${SECRET}` } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return (await res.json()) as { data: { nextCursor: string | null } };
  };
  const rows: TScaleRow[] = [];
  let seeded = 0;
  for (const size of sizes) {
    await seedCustomers(db, seeded, size);
    seeded = size;
    const cursor = (await get("/v1/customer?limit=20")).data.nextCursor;
    const queries: Record<string, string> = {
      "first page (20)": "/v1/customer?limit=20",
      "next page (cursor)": `/v1/customer?limit=20&cursor=${cursor}`,
      "filter type=business": "/v1/customer?type=business&limit=20",
      "filter email": `/v1/customer?email=user${Math.ceil(size / 2)}@example.com`,
      "filter lookupKey": `/v1/customer?lookupKey=lk${Math.ceil(size / 3)}`,
    };
    // Warm until the JIT has compiled the whole path (20 per shape left the first size,
    // measured first, paying for compilation in its p99), then take turns: one request
    // of each shape per round, so a slow moment of the machine lands on every shape alike.
    const shapes = Object.entries(queries);
    for (let i = 0; i < WARM_UP; i++) for (const [, path] of shapes) await get(path);
    const times = shapes.map((): number[] => []);
    for (let i = 0; i < SCALE_REPEAT; i++) {
      for (const [k, [, path]] of shapes.entries()) {
        const start = performance.now();
        await get(path);
        times[k]!.push(performance.now() - start);
      }
    }
    for (const [k, [query]] of shapes.entries()) {
      const sorted = times[k]!.sort((a, b) => a - b);
      rows.push({ database: name, customers: size, query, p50: percentile(sorted, 50), p99: percentile(sorted, 99) });
    }
  }
  return rows;
}

/** Microseconds to compute one customer's requirements (pure function, no I/O). */
export function measureRequirementsCost(): { individualUs: number; business4Ubos: number } {
  const now = new Date().toISOString();
  const person = createEmptyCustomerRecord({ id: "customer_x", type: "individual", mock: false, now });
  const business = createEmptyCustomerRecord({ id: "customer_y", type: "business", mock: false, now });
  business.ubos = Array.from({ length: 4 }, (_, i) => ({ ...structuredClone(person), id: `ubo_${i}` }) as never);
  const time = (customer: typeof person) => {
    const n = 20_000;
    const start = performance.now();
    for (let i = 0; i < n; i++) computeRequirements({ customer, documents: [], acceptances: { tos: false } });
    return Number((((performance.now() - start) * 1000) / n).toFixed(2));
  };
  return { individualUs: time(person), business4Ubos: time(business) };
}
