/**
 * The timer of a background worker: runs `work` at start and then every `everyMs`,
 * one run at a time (a slow run makes the next ticks skip, not pile up). The timer
 * never keeps the process alive; `stop` clears it and waits for a run in progress.
 *
 * @example const timer = runPeriodically({ everyMs: 1000, work: runOnce, onError: (e) => log.error("…", e) }); timer.start();
 */
export function runPeriodically(opts: { everyMs: number; work: () => Promise<unknown>; onError: (error: unknown) => void }) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;

  const tick = () => {
    if (busy) return;
    busy = true;
    running = opts.work()
      .catch(opts.onError)
      .finally(() => {
        busy = false;
      });
  };

  return {
    start(): void {
      if (timer) return;
      timer = setInterval(tick, opts.everyMs);
      timer.unref();
      tick();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
