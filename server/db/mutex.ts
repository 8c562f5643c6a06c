/**
 * A first-come, first-served async lock. PGlite has one connection, so the
 * PGlite driver holds this for a whole transaction: without it, a request's
 * statements could land between another request's BEGIN and COMMIT.
 */
export type TMutex = {
  /** Runs `fn` once every earlier holder has finished; releases on return or throw. */
  run<T>(fn: () => Promise<T>): Promise<T>;
};

/** @example const lock = createMutex(); await lock.run(async () => { … }); */
export function createMutex(): TMutex {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(fn: () => Promise<T>): Promise<T> {
      const result = tail.then(fn);
      // The next holder waits for this one to settle, whatever its outcome.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
