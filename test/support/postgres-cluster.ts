import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A throwaway PostgreSQL cluster on loopback, for the test run only. */
export type TPostgresCluster = { url: string; stop(): Promise<void> };

/** Debian's binaries (`/usr/lib/postgresql/<major>/bin`), newest major first; null when not installed. */
export function findPostgresBin(root = "/usr/lib/postgresql"): string | null {
  if (!existsSync(root)) return null;
  const majors = readdirSync(root).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a));
  const major = majors.find((m) => existsSync(join(root, m, "bin", "initdb")));
  return major ? join(root, major, "bin") : null;
}

/** Asks the kernel for a free loopback port (a small race with other processes is acceptable here). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * initdb into a fresh temp dir, start on a free loopback port, wait until ready.
 * PostgreSQL refuses to run as root, so as root every command runs as the
 * `postgres` system user (Debian's package creates it) via runuser.
 * Durability is switched off: the cluster is deleted after the run anyway.
 * `settings`: more `name=value` server settings, after (and over) the tests' own.
 */
export async function startPostgresCluster(bin: string, opts: { settings?: string[] } = {}): Promise<TPostgresCluster> {
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(join(tmpdir(), "onboarding-pg-"));
  const pg = (tool: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", join(bin, tool), ...args]) : run(join(bin, tool), args);
  try {
    if (asRoot) {
      const { stdout } = await run("id", ["-u", "postgres"]);
      const { stdout: gid } = await run("id", ["-g", "postgres"]);
      await chown(dir, Number(stdout.trim()), Number(gid.trim()));
    }
    const data = join(dir, "data");
    await pg("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"]);
    const port = await freePort();
    const settings = [
      `-p ${port}`,
      "-c listen_addresses=127.0.0.1",
      `-c unix_socket_directories=${dir}`,
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      // Test files run in parallel, each with its own database and pool.
      "-c max_connections=300",
      "-c shared_buffers=32MB",
      // Later settings win: the bench's own (bench/run.ts).
      ...(opts.settings ?? []).map((setting) => `-c ${setting}`),
    ].join(" ");
    await pg("pg_ctl", ["-D", data, "-o", settings, "-l", join(dir, "server.log"), "-w", "-t", "30", "start"]);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      async stop() {
        await pg("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
