import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The real server (`server/main.ts`, as `npm start` runs it) as a child process whose
 * pid is the server itself, so SIGKILL hits it and nothing else. Its output is kept
 * (`log`): the secrets-at-rest search reads it too.
 */
export function serverProcess(env: Record<string, string>) {
  let child: ChildProcess | null = null;
  const log: string[] = [];
  const base = `http://127.0.0.1:${env.PORT}`;

  async function start(): Promise<void> {
    child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: process.cwd(),
      env: { ...process.env, NODE_ENV: "development", DEMO: "off", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (chunk: Buffer) => log.push(chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => {
      log.push(chunk.toString());
      if (process.env.DEBUG_STRESS) process.stderr.write(chunk);
    });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const up = await fetch(`${base}/v1/openapi.json`).then((r) => r.ok, () => false);
      if (up) return;
      if (Date.now() > deadline) throw new Error(`server did not start:\n${log.join("").slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function stop(signal: "SIGKILL" | "SIGTERM"): Promise<void> {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill(signal);
    await exited;
  }

  return { base, log, start, kill: () => stop("SIGKILL"), terminate: () => stop("SIGTERM") };
}

export type TServerProcess = ReturnType<typeof serverProcess>;
