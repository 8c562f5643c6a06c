import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export type TSize = { min: number; gzip: number; brotli: number };
export type TBundleSizes = { loader: TSize; firstStep: TSize; wholeFlow: TSize; files: Record<string, TSize> };

/** Budgets from issue 7, in gzip bytes; checked in CI by test/widget/bundle-budget.test.ts. */
export const BUDGETS = { loader: 2 * 1024, firstStep: 40 * 1024, wholeFlow: 60 * 1024 } as const;

/** A locale other than English: lazily loaded for users who need it, so counted in neither total. */
const OTHER_LOCALE = /(^|\/)(es|fr|de|pt-BR|ar)(-[\w-]+)?\.js$/;

function sizeOf(bytes: Buffer): TSize {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function add(a: TSize, b: TSize): TSize {
  return { min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

/**
 * Sizes of a built widget (dist/widget, from widget/build.ts), measured the same way
 * each time: each file minified as shipped, compressed on its own (as a server would).
 * - loader: the script-tag loader (onboarding.js)
 * - first step: what the first step needs: app.js + app.css (English is in app.js)
 * - whole flow: every app file a user of one locale may load, lazy steps included
 */
export function measureBundle(distDir: string): TBundleSizes {
  const manifest = JSON.parse(readFileSync(join(distDir, "app/manifest.json"), "utf8")) as { entry: string; css: string; files: string[] };
  const files: Record<string, TSize> = {};
  const read = (path: string) => (files[path] = sizeOf(readFileSync(join(distDir, path))));
  const loader = read("onboarding.js");
  const zero: TSize = { min: 0, gzip: 0, brotli: 0 };
  const firstStep = [manifest.entry, manifest.css].map((f) => read(`app/${f}`)).reduce(add, zero);
  const wholeFlow = manifest.files
    .filter((f) => /\.(m?js|css)$/.test(f) && !OTHER_LOCALE.test(f))
    .map((f) => read(`app/${f}`))
    .reduce(add, zero);
  return { loader, firstStep, wholeFlow, files };
}
