import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Database } from "./database.ts";

/** One versioned schema change, e.g. `{ version: "001", name: "customers", sql: "create table …" }`. */
export type TMigration = { version: string; name: string; sql: string };

/** Thrown when the recorded history and the migration files disagree. */
export class MigrationError extends Error {
  override readonly name = "MigrationError";
}

// Arbitrary constant shared by every process of this application: whoever
// holds it migrates, the others wait and then find nothing left to do.
const MIGRATION_LOCK_ID = 724_405_117;
const FILE_NAME = /^(\d{3,})_([a-z0-9_]+)\.sql$/;
const DEFAULT_DIR = fileURLToPath(new URL("./migrations/", import.meta.url));

// Numeric, so 1000_x sorts after 999_y.
const byVersion = (a: string, b: string) => Number.parseInt(a, 10) - Number.parseInt(b, 10);
const checksum = (sql: string) => createHash("sha256").update(sql).digest("hex");

/**
 * Reads `NNN_name.sql` files from `dir` (default: server/db/migrations), in
 * version order. A file must not contain BEGIN/COMMIT: `migrate` wraps it.
 */
export async function loadMigrations(dir: string = DEFAULT_DIR): Promise<TMigration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".sql"));
  const migrations: TMigration[] = [];
  for (const file of files.sort(byVersion)) {
    const m = FILE_NAME.exec(file);
    if (!m) throw new MigrationError(`migration file ${file} must be named NNN_lower_snake_name.sql`);
    const version = m[1]!;
    if (migrations.some((x) => x.version === version)) throw new MigrationError(`two migrations share version ${version}`);
    migrations.push({ version, name: m[2]!, sql: await readFile(`${dir}/${file}`, "utf8") });
  }
  return migrations;
}

/**
 * Applies every pending migration in version order, in one transaction, and
 * records each in `schema_migrations` with a checksum. Safe when several
 * processes start at once on one PostgreSQL: they queue on a transaction-level
 * advisory lock, released by COMMIT/ROLLBACK even if a process dies. Refuses to
 * start when an applied migration's file was edited afterwards: the database
 * would not match what the code believes it is.
 *
 * @returns the versions applied by this call (empty when up to date).
 * @example await migrate(db); // openDatabase() does this unless { migrate: false }
 */
export async function migrate(db: Database, opts: { migrations?: TMigration[] } = {}): Promise<string[]> {
  const migrations = opts.migrations ?? (await loadMigrations());
  return db.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock($1)", [MIGRATION_LOCK_ID]);
    await tx.query(`create table if not exists schema_migrations (
      version text primary key,
      name text not null,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`);
    const { rows } = await tx.query<{ version: string; checksum: string }>("select version, checksum from schema_migrations");
    const applied = new Map(rows.map((r) => [r.version, r.checksum]));
    const done: string[] = [];
    for (const migration of [...migrations].sort((a, b) => Number(a.version) - Number(b.version))) {
      const sum = checksum(migration.sql);
      const recorded = applied.get(migration.version);
      if (recorded !== undefined) {
        if (recorded !== sum) {
          throw new MigrationError(
            `migration ${migration.version}_${migration.name} changed after it was applied: add a new migration instead of editing it`,
          );
        }
        continue;
      }
      await tx.query(migration.sql);
      await tx.query("insert into schema_migrations (version, name, checksum) values ($1, $2, $3)", [
        migration.version,
        migration.name,
        sum,
      ]);
      done.push(migration.version);
    }
    return done;
  });
}
