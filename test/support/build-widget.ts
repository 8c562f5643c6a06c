import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const output = join(root, "dist/widget/app/manifest.json");

/** Newest modification time under `dir` (recursive), 0 when it doesn't exist. */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

/**
 * vitest globalSetup: the embed and end-to-end tests serve the built widget, so
 * build it once per run (widget/build.ts, ~3 s), and only when a source of it
 * (widget/, core/) is newer than the last build.
 */
export default function setup(): void {
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  if (built > Math.max(newest(join(root, "widget")), newest(join(root, "core")))) return;
  execFileSync(process.execPath, ["--import", "tsx", join(root, "widget/build.ts")], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}
