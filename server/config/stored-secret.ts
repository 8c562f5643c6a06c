import { join } from "node:path";
import type { TConfigDeps } from "./config-deps.ts";

/**
 * Reads `<dataDir>/<file>`, or creates it with `generate()` when missing, so
 * `npm start` works with nothing configured and keeps working across
 * restarts. Mode 0600: only the server's user may read it. The exclusive
 * create ("wx") makes two processes starting at once agree on one value:
 * the loser of the race reads the winner's file instead of overwriting it
 * (for the encryption key, overwriting would make stored data unreadable).
 *
 * @returns the value and whether this call created it.
 */
export async function readOrCreateSecret(
  deps: TConfigDeps,
  dataDir: string,
  file: string,
  generate: () => string,
): Promise<{ value: string; path: string; created: boolean }> {
  const path = join(dataDir, file);
  if (await deps.exists(path)) return { value: (await deps.readFile(path, "utf8")).trim(), path, created: false };
  await deps.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const value = generate();
  try {
    await deps.writeFile(path, `${value}\n`, { mode: 0o600, flag: "wx" });
    return { value, path, created: true };
  } catch (error) {
    if ((error as { code?: unknown }).code !== "EEXIST") throw error;
    return { value: (await deps.readFile(path, "utf8")).trim(), path, created: false };
  }
}
