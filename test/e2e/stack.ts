import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser.ts";
import { freshDataDir } from "./data-dir-template.ts";

const root = resolve(import.meta.dirname, "../..");

/** A free TCP port on loopback (asked of the OS, then released for the child to take). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
    probe.once("error", fail);
  });
}

export type TStack = {
  /** The onboarding server as the browser reaches it: http://127.0.0.1:<port>. */
  serverUrl: string;
  /** The demo host, another origin: http://localhost:<port>. */
  demoUrl: string;
  secretKey: string;
  stop(): Promise<void>;
};

/**
 * Starts what `npm start` starts, as a child process: the real server (PGlite in a
 * temporary DATA_DIR) and the demo host on its own port and host name, so the
 * server (127.0.0.1) and the host (localhost) are two origins, as in production.
 */
export async function startStack(): Promise<TStack> {
  const dataDir = await freshDataDir();
  const [serverPort, demoPort] = [await freePort(), await freePort()];
  const serverUrl = `http://127.0.0.1:${serverPort}`;
  const demoUrl = `http://localhost:${demoPort}`;
  const secretKey = `sk_e2e_${randomBytes(24).toString("hex")}`;
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "server/main.ts")], {
    cwd: root,
    env: {
      ...process.env, PORT: String(serverPort), HOST: "127.0.0.1", PUBLIC_URL: serverUrl, DATA_DIR: dataDir,
      DEMO_PORT: String(demoPort), DEMO_PUBLIC_URL: demoUrl, ONBOARDING_SECRET_KEY: secretKey, DEMO: "on",
      // Deliver webhooks to loopback is a development setting; the sandbox decides at once.
      NODE_ENV: "development",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await waitForLine(child, /^Demo host on /m, 30_000);
  return {
    serverUrl,
    demoUrl,
    secretKey,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once("exit", done));
        child.kill("SIGTERM");
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<void> {
  let output = "";
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (process.env.E2E_DEBUG) process.stderr.write(chunk);
    });
    child.once("exit", (code) => fail(new Error(`server exited with ${code}:\n${output}`)));
  });
}

/**
 * Starts the stack and Chromium once for the calling test file and stops both after it;
 * `use` receives them (in `beforeAll`), so the file's tests keep their own variables.
 */
export function useStackAndBrowser(use: (stack: TStack, browser: Browser) => void): void {
  let stack: TStack | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
    use(stack, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });
}
