import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BUDGETS, measureBundle } from "../../bench/bundle-size";

/**
 * Issue 7: the size budgets fail CI when exceeded. dist/widget is built by the
 * vitest global setup (test/support/build-widget.ts), so this reads what ships.
 */
const dist = resolve(import.meta.dirname, "../../dist/widget");

describe("bundle budgets (issue 7, gzip)", () => {
  const sizes = measureBundle(dist);

  it(`loader ≤ ${BUDGETS.loader} bytes`, () => {
    expect(sizes.loader.gzip).toBeLessThanOrEqual(BUDGETS.loader);
  });

  it(`first step ≤ ${BUDGETS.firstStep} bytes`, () => {
    expect(sizes.firstStep.gzip).toBeLessThanOrEqual(BUDGETS.firstStep);
  });

  it(`whole flow ≤ ${BUDGETS.wholeFlow} bytes`, () => {
    expect(sizes.wholeFlow.gzip).toBeLessThanOrEqual(BUDGETS.wholeFlow);
  });

  // The first step is measured as app.js + app.css: a chunk app.js imports statically
  // would load before the first step without being counted.
  it("app.js loads no chunk before the first step", () => {
    const entry = readFileSync(join(dist, "app/app.js"), "utf8");
    // `import{…}from"./chunks/…"` or `import"./chunks/…"`; `import(`./chunks/…`)` is lazy and fine.
    expect(entry.match(/\b(?:from|import)\s*["'`]\.\/chunks\/[^"'`]+/g) ?? []).toEqual([]);
  });
});
