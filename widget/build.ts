/**
 * Builds the widget into dist/widget/ and prints each output's minified + gzip size.
 *   onboarding.js   IIFE loader  (window.Onboarding)      → serve at /v1/onboarding.js
 *   onboarding.mjs  ESM loader   (export { mount })       → serve at /v1/onboarding.mjs
 *   app/            iframe app: app.js, app.css, chunks/*.js, manifest.json
 * Run: npx tsx widget/build.ts
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type InlineConfig, type Plugin } from "vite";
import { lazyChunkName } from "./lazy-chunks";
import { pureSchemas } from "./pure-schemas";

// What ships is a production build, also when a test runner (NODE_ENV=test, as vitest's global
// setup inherits) starts this: Vite follows NODE_ENV, and a non-production build keeps libraries'
// development branches (here +0.5 KB gzip first step, +2 KB whole flow), so the issue-7 budget test would measure something else.
process.env.NODE_ENV = "production";

const root = resolve(import.meta.dirname, "..");
const out = join(root, "dist/widget");
const shared: InlineConfig = {
  root,
  configFile: false,
  logLevel: "warn",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: { emptyOutDir: false, minify: true, target: "es2020", reportCompressedSize: false },
};

async function buildLoader(format: "iife" | "es"): Promise<void> {
  await build({
    ...shared,
    build: {
      ...shared.build,
      outDir: out,
      lib: {
        entry: join(root, format === "iife" ? "widget/loader/global.ts" : "widget/loader/index.ts"),
        formats: [format],
        name: "OnboardingLoader",
        fileName: () => (format === "iife" ? "onboarding.js" : "onboarding.mjs"),
      },
    },
  });
}

/**
 * Vite wraps every dynamic import in its preload helper (~0.6 KB gzip in app.js) even with
 * `modulePreload: false`. With `cssCodeSplit: false` every dependency list is empty (`[]`),
 * so the helper would only call the import and fire `vite:preloadError` on a failure, which
 * nothing here listens to (callers handle the rejected import): the import alone does the same.
 */
const noPreloadHelper: Plugin = {
  name: "no-preload-helper",
  enforce: "pre",
  resolveId: (id) => (id === "\0vite/preload-helper.js" ? id : null),
  load: (id) => (id === "\0vite/preload-helper.js" ? "export const __vitePreload = (load) => load();" : null),
};

async function buildApp(): Promise<void> {
  // Chunk names carry content hashes: without this, every rebuild would leave the old
  // chunks behind, in the manifest the server serves from and in the sizes printed below.
  rmSync(join(out, "app"), { recursive: true, force: true });
  await build({
    ...shared,
    base: "./",
    plugins: [noPreloadHelper, pureSchemas(join(root, "core/"))],
    build: {
      ...shared.build,
      // The iframe app's syntax (`??=`, class fields) runs as written: every browser the app's own
      // APIs need (Intl.DisplayNames, TextDecoderStream) has it; ~0.1 KB gzip less than es2020.
      target: "es2022",
      outDir: join(out, "app"),
      cssCodeSplit: false,
      modulePreload: false,
      rollupOptions: {
        input: join(root, "widget/app/main.tsx"),
        output: {
          // Not recursive: the group would pull the first step's libraries (preact, i18next) into `flow`.
          codeSplitting: { groups: [{ name: lazyChunkName(join(root, "widget/app/main.tsx")), debugName: "lazy", includeDependenciesRecursively: false }] },
          entryFileNames: "app.js",
          chunkFileNames: "chunks/[name]-[hash].js",
          assetFileNames: (asset) => (asset.names?.[0]?.endsWith(".css") ? "app.css" : "assets/[name]-[hash][extname]"),
        },
      },
    },
  });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function report(): void {
  const rows = files(out)
    .filter((path) => /\.(m?js|css)$/.test(path))
    .map((path) => {
      const bytes = readFileSync(path);
      return { file: relative(out, path), min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  const appFiles = rows.filter((row) => row.file.startsWith("app/")).map((row) => row.file.slice(4));
  writeFileSync(join(out, "app/manifest.json"), JSON.stringify({ entry: "app.js", css: "app.css", files: appFiles }, null, 2));
  const kb = (n: number) => (n / 1024).toFixed(2).padStart(7) + " KB";
  console.log("\nfile".padEnd(42) + "min".padStart(11) + "gzip".padStart(11));
  for (const row of rows) console.log(row.file.padEnd(41) + kb(row.min) + kb(row.gzip));
  const sum = (list: typeof rows) => list.reduce((total, row) => total + row.gzip, 0);
  const loader = rows.find((row) => row.file === "onboarding.js")!;
  const first = rows.filter((row) => row.file === "app/app.js" || row.file === "app/app.css");
  const whole = rows.filter((row) => row.file.startsWith("app/"));
  console.log(`\nloader (IIFE)  ${kb(loader.gzip)} gzip  (budget 2 KB)`);
  console.log(`first step     ${kb(sum(first))} gzip  (app.js + app.css incl. English; budget 40 KB)`);
  console.log(`all chunks     ${kb(sum(whole))} gzip  (every app chunk, all six locales; the budgeted "whole flow" counts one locale: npm run bench)`);
}

await buildLoader("iife");
await buildLoader("es");
await buildApp();
report();
