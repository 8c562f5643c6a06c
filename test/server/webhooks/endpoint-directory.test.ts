import { describe, expect, it } from "vitest";
import type { Queryable } from "../../../server/db/database.ts";
import { createEndpointDirectory } from "../../../server/webhooks/endpoint-directory.ts";

/** A transaction whose endpoint reads are counted, answering with `endpoints` as they are when asked. */
function countingTx(endpoints: Array<{ id: string; events: string[] }>) {
  const tx = {
    reads: 0,
    /** Runs before the read answers: another request changing endpoints meanwhile. */
    duringRead: () => {},
    query: async () => {
      tx.reads++;
      const rows = endpoints.map((e) => ({ ...e }));
      tx.duringRead();
      return { rows, affectedRows: rows.length };
    },
  };
  return tx as typeof tx & Queryable;
}

describe("endpoint directory (who listens, remembered between customer writes)", () => {
  it("reads the endpoints once and answers from memory until told they changed", async () => {
    const endpoints = [{ id: "webhook_a", events: ["*"] }];
    const tx = countingTx(endpoints);
    const directory = createEndpointDirectory({ maxAgeMs: Infinity });
    expect(await directory.enabled(tx)).toEqual(endpoints);
    expect(await directory.enabled(tx)).toEqual(endpoints);
    expect(tx.reads).toBe(1);

    endpoints.push({ id: "webhook_b", events: ["customer.created"] });
    directory.forget();
    expect((await directory.enabled(tx)).map((e) => e.id)).toEqual(["webhook_a", "webhook_b"]);
    expect(tx.reads).toBe(2);
  });

  it("doesn't keep a read that overlapped a change (it may predate the change's commit)", async () => {
    const tx = countingTx([]);
    const directory = createEndpointDirectory({ maxAgeMs: Infinity });
    tx.duringRead = () => directory.forget();
    await directory.enabled(tx);
    tx.duringRead = () => {};
    await directory.enabled(tx);
    expect(tx.reads).toBe(2);
    await directory.enabled(tx);
    expect(tx.reads).toBe(2);
  });

  it("reads again once its memory is older than maxAgeMs (other processes on PostgreSQL)", async () => {
    let now = 0;
    const tx = countingTx([]);
    const directory = createEndpointDirectory({ maxAgeMs: 1000, now: () => now });
    await directory.enabled(tx);
    now = 999;
    await directory.enabled(tx);
    expect(tx.reads).toBe(1);
    now = 1000;
    await directory.enabled(tx);
    expect(tx.reads).toBe(2);
  });
});
