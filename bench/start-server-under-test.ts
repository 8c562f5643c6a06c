import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type TServerUnderTest = { url: string; pid: number; stop(): Promise<void> };

/** Starts bench/server-under-test.ts in a child process on PGlite (temp folder) or the given PostgreSQL. */
export async function startServerUnderTest(opts: { databaseUrl?: string; secretKey: string }): Promise<TServerUnderTest> {
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_SECRET_KEY: opts.secretKey };
  if (opts.databaseUrl) env.BENCH_DATABASE_URL = opts.databaseUrl;
  else env.BENCH_DATA_DIR = mkdtempSync(join(tmpdir(), "onboarding-bench-"));
  const child: ChildProcess = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), "--import", "tsx", join(import.meta.dirname, "server-under-test.ts")], { env, stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`server under test exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: () => new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    }),
  };
}
