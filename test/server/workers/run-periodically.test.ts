import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runPeriodically } from "../../../server/workers/run-periodically.ts";

describe("runPeriodically (the background workers' timer)", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs at start, then every interval", async () => {
    let runs = 0;
    const timer = runPeriodically({ everyMs: 1000, work: async () => void runs++, onError: () => {} });
    timer.start();
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(runs).toBe(4);
    await timer.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(4);
  });

  it("skips ticks while a run is still going, and stop waits for it", async () => {
    let started = 0;
    let finish: () => void = () => {};
    const timer = runPeriodically({ everyMs: 1000, work: () => { started++; return new Promise<void>((resolve) => (finish = resolve)); }, onError: () => {} });
    timer.start();
    await vi.advanceTimersByTimeAsync(5000);
    expect(started).toBe(1);
    let stopped = false;
    const stopping = timer.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);
  });

  it("reports a failed run and keeps going", async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const timer = runPeriodically({ everyMs: 1000, work: async () => { runs++; throw new Error("database down"); }, onError: (error) => errors.push(error) });
    timer.start();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
    expect(errors.map((e) => (e as Error).message)).toEqual(["database down", "database down"]);
    await timer.stop();
  });
});
