/**
 * `npm start`: reads the environment, opens the database (PGlite in DATA_DIR
 * unless DATABASE_URL is set), applies migrations and serves the app.
 * Wiring lives here and only here; everything else receives its dependencies.
 */
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { startDemoHost } from "../demo/host-server.ts";
import { createApp } from "./app.ts";
import { ownershipThresholdFromEnv } from "./customers/ownership-threshold-env.ts";
import { ConfigError, loadConfig, nodeConfigDeps } from "./config/load-config.ts";
import { createFieldCipher } from "./crypto/field-cipher.ts";
import { openDatabase } from "./db/database.ts";
import { sandboxDelayFromEnv } from "./verification/wire-verification.ts";

async function main(): Promise<void> {
  const config = await loadConfig(process.env, nodeConfigDeps);
  // The nested-query guard is a development check that costs every request (transaction-scope.ts).
  const db = await openDatabase({ databaseUrl: config.databaseUrl, poolSize: config.databasePoolSize, dataDir: config.dataDir, guardNestedQueries: config.nodeEnv !== "production" });
  const cipher = createFieldCipher({ keys: config.encryptionKeys });
  const log = { error: (message: string, detail?: unknown) => console.error(message, detail), info: (message: string) => console.log(message) };
  const app = createApp({ db, cipher, clock: () => new Date(), secretKey: config.secretKey, minimumAge: config.minimumAge, log, webhooks: config.webhooks,
    documentsDir: join(config.dataDir, "documents"), sandboxDelayMs: sandboxDelayFromEnv(process.env, log),
    publicUrl: config.publicUrl ?? `http://localhost:${config.port}`, widgetDistDir: join(import.meta.dirname, "../dist/widget"),
    rateLimit: config.rateLimit, ownershipThreshold: ownershipThresholdFromEnv(process.env) });
  const hostname = process.env.HOST ?? "127.0.0.1";

  for (const worker of app.workers) worker.start();

  let demo: { close(): Promise<void> } | null = null;
  const server = serve({ fetch: app.fetch, port: config.port, hostname }, (info) => {
    const base = config.publicUrl ?? `http://localhost:${info.port}`;
    console.log(`Onboarding API on ${base} (${db.kind === "pglite" ? `embedded database in ${config.dataDir}` : "PostgreSQL"})`);
    console.log(`  API reference: ${base}/docs`);
    if (process.env.DEMO === "off") return;
    // The demo host plays a customer's site: its own origin (another port), its own back end.
    const port = Number(process.env.DEMO_PORT ?? 8788);
    startDemoHost({ port, hostname, serverUrl: base, apiUrl: `http://${hostname}:${info.port}`, secretKey: config.secretKey, publicOrigin: process.env.DEMO_PUBLIC_URL })
      .then((started) => {
        demo = started;
        console.log(`Demo host on ${started.url} (script tag: ${started.url}/script-tag, raw iframe: ${started.url}/iframe)`);
      })
      .catch((error: unknown) => log.error(`The demo host could not start on port ${port} (set DEMO_PORT, or DEMO=off):`, error));
  });

  const stop = async () => {
    server.close();
    await demo?.close();
    await Promise.all(app.workers.map((worker) => worker.stop()));
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error("The server could not start:", error);
  }
  process.exit(1);
});
