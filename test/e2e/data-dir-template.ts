import { createHash, randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, rename, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openDatabase } from "../../server/db/database.ts";
import { loadMigrations } from "../../server/db/migrate.ts";

const root = resolve(import.meta.dirname, "../..");
const CACHE_DIR = join(root, "node_modules", ".cache", "onboarding-e2e");

/**
 * A fresh DATA_DIR holding an empty, migrated PGlite database. A new PGlite data
 * folder costs ~8 s (initdb in WASM, then the migrations); copying a cached one
 * made once costs well under a second. The cache is keyed by the migrations and
 * the PGlite version, like test/support/pglite-snapshot.ts.
 */
export async function freshDataDir(): Promise<string> {
  const template = await ensureTemplate();
  const dir = join(tmpdir(), `onboarding-e2e-${randomBytes(6).toString("hex")}`);
  await cp(template, dir, { recursive: true });
  return dir;
}

async function ensureTemplate(): Promise<string> {
  const pglite = JSON.parse(await readFile(join(root, "node_modules/@electric-sql/pglite/package.json"), "utf8")).version as string;
  const hash = createHash("sha256").update(pglite).update(JSON.stringify(await loadMigrations())).digest("hex").slice(0, 16);
  const template = join(CACHE_DIR, `data-${hash}`);
  if (existsSync(template)) return template;
  await mkdir(CACHE_DIR, { recursive: true });
  const building = await mkdtemp(join(CACHE_DIR, "building-"));
  const db = await openDatabase({ dataDir: building });
  await db.close();
  // Two test files may build at once: the first rename wins, the other copy is dropped.
  await rename(building, template).catch(() => rm(building, { recursive: true, force: true }));
  return template;
}
