import { readFile } from "node:fs/promises";
import { join } from "node:path";

/** One built file, ready to serve. */
export type TAsset = { body: Uint8Array; contentType: string };

const CONTENT_TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json",
  svg: "image/svg+xml",
  png: "image/png",
  woff2: "font/woff2",
};

/**
 * The built widget (`dist/widget`, made by widget/build.ts). Only files the build
 * listed in `app/manifest.json` (plus the two loaders) can be served, so no
 * request path, however crafted, reaches anything else on disk. Files are read
 * once and kept: they change only with a new build, i.e. a restart.
 * @example const assets = createWidgetAssets("dist/widget"); await assets.get("app/app.js")
 */
export function createWidgetAssets(distDir: string) {
  const cache = new Map<string, Promise<TAsset | null>>();
  let allowed: Promise<Set<string>> | null = null;

  async function allowlist(): Promise<Set<string>> {
    try {
      const manifest = JSON.parse(await readFile(join(distDir, "app/manifest.json"), "utf8")) as { files: string[] };
      return new Set(["onboarding.js", "onboarding.mjs", ...manifest.files.map((file) => `app/${file}`)]);
    } catch {
      return new Set(["onboarding.js", "onboarding.mjs"]);
    }
  }

  async function load(path: string): Promise<TAsset | null> {
    if (!(await (allowed ??= allowlist())).has(path)) return null;
    try {
      const body = new Uint8Array(await readFile(join(distDir, path)));
      return { body, contentType: CONTENT_TYPES[path.split(".").pop() ?? ""] ?? "application/octet-stream" };
    } catch {
      return null;
    }
  }

  return {
    /** The file at `path` (relative to the dist folder), or null. A miss is not cached: a build may still be running. */
    async get(path: string): Promise<TAsset | null> {
      let hit = cache.get(path);
      if (!hit) cache.set(path, (hit = load(path)));
      const asset = await hit;
      if (!asset) {
        cache.delete(path);
        allowed = null;
      }
      return asset;
    },
  };
}

export type TWidgetAssets = ReturnType<typeof createWidgetAssets>;
