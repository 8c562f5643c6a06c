import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export type TRealServer = { url: string; secretKey: string; stop(): Promise<void> };

/** `server/main.ts` as `npm start` runs it (PGlite in a temp folder, no demo), on the given port. */
export async function startRealServer(port: number): Promise<TRealServer> {
  const secretKey = `sk_bench_${randomBytes(24).toString("hex")}`;
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", resolve(import.meta.dirname, "../server/main.ts")], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", PUBLIC_URL: url, DATA_DIR: mkdtempSync(join(tmpdir(), "onboarding-bench-")), ONBOARDING_SECRET_KEY: secretKey, DEMO: "off" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((done, fail) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("Onboarding API on")) done();
    });
    child.once("exit", (code) => fail(new Error(`server exited with ${code}: ${out}`)));
  });
  return {
    url,
    secretKey,
    stop: () => new Promise((done) => {
      child.once("exit", () => done());
      child.kill("SIGTERM");
    }),
  };
}
