import { defineConfig } from "vitest/config";

/**
 * One config for the widget build and for vitest.
 * Tests run in Node by default; widget component tests opt into a DOM with
 * a `// @vitest-environment happy-dom` line at the top of the file.
 */
export default defineConfig({
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  test: {
    globalSetup: ["test/support/global-setup.ts", "test/support/build-widget.ts"],
    // Generous: end-to-end flows start real servers and Chromium on 2 shared cores, and
    // a clean clone first builds its cached data-folder template. A hang still fails.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    globals: false,
    projects: [
      {
        extends: true,
        test: { name: "unit-and-api", include: ["test/**/*.test.ts", "test/**/*.test.tsx"], exclude: ["test/e2e/**"], sequence: { groupOrder: 0 } },
      },
      {
        // After the rest, one file at a time: each file runs a real server, a demo host and
        // Chromium, and on 2 cores running several at once starves their timing-sensitive
        // steps (a click landing during a re-render). One retry absorbs what load still causes.
        extends: true,
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], sequence: { groupOrder: 1 }, maxWorkers: 1, retry: 1 },
      },
    ],
  },
});
