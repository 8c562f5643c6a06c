import { defineConfig } from "vitest/config";

/**
 * Runs only the widget and protocol tests, without the root config's global
 * setup (databases): `npx vitest run -c test/widget/vitest.widget.config.ts`.
 * The root `npm test` runs the same files too.
 */
export default defineConfig({
  root: new URL("../..", import.meta.url).pathname,
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  test: { include: ["test/widget/**/*.test.{ts,tsx}", "test/core/protocol/**/*.test.ts"], globals: true },
});
