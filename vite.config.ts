import { defineConfig } from "vitest/config";

/**
 * One config for the widget build and for vitest.
 * Tests run in Node by default; widget component tests opt into a DOM with
 * a `// @vitest-environment happy-dom` line at the top of the file.
 */
export default defineConfig({
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    globalSetup: ["test/support/global-setup.ts", "test/support/build-widget.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    globals: false,
  },
});
