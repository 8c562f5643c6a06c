import type { TestProject } from "vitest/node";
import { ensurePgliteSnapshot } from "./pglite-snapshot.ts";
import { findPostgresBin, startPostgresCluster, type TPostgresCluster } from "./postgres-cluster.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Admin URL of a PostgreSQL for tests (database `postgres`), or null when none is available. */
    postgresUrl: string | null;
    /** Tarball of an empty, migrated PGlite database (see pglite-snapshot.ts). */
    pgliteSnapshotPath: string;
  }
}

/**
 * vitest globalSetup: one PostgreSQL for the whole run.
 * - `TEST_DATABASE_URL` set: use it (CI services, a local server).
 * - else Debian's PostgreSQL installed: a throwaway cluster on loopback, removed at the end.
 * - else: fail when `CI` is set (the API suites must run on both databases
 *   there); locally, warn once and run the PostgreSQL suites not at all.
 * Test files get it with `inject("postgresUrl")`; see databases.ts.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let cluster: TPostgresCluster | null = null;
  const startPostgres = async (): Promise<string | null> => {
    if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
    const bin = findPostgresBin();
    if (bin) {
      cluster = await startPostgresCluster(bin);
      return cluster.url;
    }
    if (process.env.CI) {
      throw new Error("CI is set but PostgreSQL is not installed: apt-get install postgresql, or set TEST_DATABASE_URL");
    }
    console.warn("[test] PostgreSQL not found (no TEST_DATABASE_URL, no /usr/lib/postgresql): running database tests on PGlite only");
    return null;
  };
  // Both take a few seconds the first time: do them side by side.
  const [postgres, snapshot] = await Promise.allSettled([startPostgres(), ensurePgliteSnapshot()]);
  if (postgres.status === "rejected" || snapshot.status === "rejected") {
    await (cluster as TPostgresCluster | null)?.stop();
    throw postgres.status === "rejected" ? postgres.reason : (snapshot as PromiseRejectedResult).reason;
  }
  const [postgresUrl, pgliteSnapshotPath] = [postgres.value, snapshot.value];
  project.provide("postgresUrl", postgresUrl);
  project.provide("pgliteSnapshotPath", pgliteSnapshotPath);
  return async () => {
    await (cluster as TPostgresCluster | null)?.stop();
  };
}
