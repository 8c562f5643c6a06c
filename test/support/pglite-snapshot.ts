import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadMigrations, migrate } from "../../server/db/migrate.ts";
import { createPgliteDatabase } from "../../server/db/pglite-database.ts";

const CACHE_DIR = join(process.cwd(), "node_modules", ".cache", "onboarding-tests");

/**
 * Returns the path of a tarball of an empty, fully migrated PGlite database,
 * creating it when missing. A fresh PGlite costs ~3.5 s (initdb in WASM);
 * loading this snapshot ~0.7 s, so every test file saves ~3 s. The file name
 * holds a hash of the migrations and the PGlite version: editing or adding a
 * migration makes a new snapshot, and old ones are removed.
 */
export async function ensurePgliteSnapshot(): Promise<string> {
  const migrations = await loadMigrations();
  const pgliteVersion = JSON.parse(
    await readFile(join(process.cwd(), "node_modules", "@electric-sql", "pglite", "package.json"), "utf8"),
  ).version as string;
  const hash = createHash("sha256").update(pgliteVersion).update(JSON.stringify(migrations)).digest("hex").slice(0, 16);
  const name = `pglite-${hash}.tar`;
  const path = join(CACHE_DIR, name);
  await mkdir(CACHE_DIR, { recursive: true });
  const existing = await readdir(CACHE_DIR);
  if (existing.includes(name)) return path;

  const db = await createPgliteDatabase({});
  try {
    await migrate(db, { migrations });
    const tarball = await db.snapshot();
    // Write then rename, so a run killed half-way never leaves a truncated snapshot behind.
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, new Uint8Array(await tarball.arrayBuffer()));
    await rename(partial, path);
  } finally {
    await db.close();
  }
  for (const old of existing.filter((f) => f.startsWith("pglite-"))) await rm(join(CACHE_DIR, old), { force: true });
  return path;
}
