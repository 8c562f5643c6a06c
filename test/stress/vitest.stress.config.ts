import { defineConfig } from "vitest/config";

/**
 * `npm run test:stress`: the crash and load loops (test/stress/*.stress.ts), not part
 * of `npm test`. The same PostgreSQL and PGlite setup as the main suite; files run
 * one after another, since each kills and restarts real server processes.
 */
export default defineConfig({
  test: {
    include: ["test/stress/**/*.stress.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 300_000,
    hookTimeout: 60_000,
    pool: "forks",
    fileParallelism: false,
  },
});
