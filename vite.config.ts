import { defineConfig } from "vitest/config";

/**
 * One config for the widget build and for vitest.
 * Tests run in Node by default; widget component tests opt into a DOM with
 * a `// @vitest-environment happy-dom` line at the top of the file.
 */
export default defineConfig({
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    globalSetup: ["test/support/global-setup.ts", "test/support/build-widget.ts"],
    // Generous: end-to-end flows start real servers and Chromium on 2 shared cores, and
    // a clean clone first builds its cached data-folder template. A hang still fails.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    globals: false,
  },
});
