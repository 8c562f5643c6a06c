import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase } from "../../../server/db/postgres-database.ts";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, openTestDatabase, type TTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";
import { completeIndividual } from "./support.ts";

/**
 * Two server processes on one PostgreSQL: each has its own pool, app and worker
 * (different lease ids). They race over the same queue; every customer must be
 * decided exactly once.
 */
describe.skipIf(!databaseKinds.includes("postgres"))("two verification workers on one PostgreSQL", () => {
  let db: TTestDatabase;
  let second: Database;
  beforeAll(async () => {
    db = await openTestDatabase("postgres");
    second = createPostgresDatabase({ databaseUrl: db.url!, poolSize: 10 });
  });
  afterAll(async () => {
    await second.close();
    await db.close();
  });

  it("decides a batch of 40 customers, each exactly once", async () => {
    const one = createApiHarness(db);
    const two = createApiHarness(second);
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const body = completeIndividual(i % 4 === 0 ? { firstName: "Reject" } : i % 4 === 1 ? { firstName: "Review" } : {});
      const res = await (i % 2 ? one : two).call("POST", "/v1/customer", { body });
      expect(res.body.data.customer.kyc).toBe("pending");
      ids.push(res.body.data.customer.id);
    }
    const drain = async (worker: { runOnce(): Promise<number> }) => {
      let claimed = 0;
      for (let n = await worker.runOnce(); n > 0; n = await worker.runOnce()) claimed += n;
      return claimed;
    };
    const [a, b] = await Promise.all([drain(one.app.verificationWorker), drain(two.app.verificationWorker)]);
    expect(a + b).toBe(40);

    const results = await db.query<{ customer_id: string; n: number }>(
      "select customer_id, count(*)::int as n from verification_results group by customer_id",
    );
    expect(results.rows).toHaveLength(40);
    expect(results.rows.every((r) => r.n === 1)).toBe(true);
    const kyc = await db.query<{ kyc: string; n: number }>("select kyc, count(*)::int as n from customers group by kyc order by kyc");
    expect(kyc.rows).toEqual([
      { kyc: "additionalReviewRequired", n: 10 },
      { kyc: "approved", n: 20 },
      { kyc: "rejected", n: 10 },
    ]);
    const jobs = await db.query("select 1 from verification_jobs where state <> 'done'");
    expect(jobs.rows).toEqual([]);
  });
});
