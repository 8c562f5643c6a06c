import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { mintSession } from "./mint-session.ts";
import { hostCsp, iframePage, indexPage, scriptTagPage } from "./pages.ts";

export type TDemoHostOptions = {
  port: number;
  hostname?: string;
  /** The onboarding server as browsers reach it (script src, iframe src). */
  serverUrl: string;
  /** The onboarding server as this back end reaches it; default `serverUrl`. */
  apiUrl?: string;
  secretKey: string;
  /** This host's origin as browsers see it; default `http://localhost:<port>`. */
  publicOrigin?: string;
};

const STATIC_FILES = ["event-log.js", "script-tag.js", "iframe.js", "demo.css"];
const COOKIE = "demo_customer";

/**
 * A host site on its own origin, as a customer of ours would build it: its back end
 * holds the secret key and mints one session per page view for "its" user (the
 * customer id kept in a cookie, so a reload continues the same customer); its pages
 * embed the widget by script tag or raw iframe and log every event they receive.
 * @example const demo = await startDemoHost({ port: 8788, serverUrl: "http://localhost:8787", secretKey });
 */
export async function startDemoHost(options: TDemoHostOptions): Promise<{ url: string; close(): Promise<void> }> {
  const publicOrigin = options.publicOrigin ?? `http://localhost:${options.port}`;
  const serverUrl = options.serverUrl.replace(/\/$/, "");
  const mint = { apiUrl: options.apiUrl ?? serverUrl, secretKey: options.secretKey, hostOrigin: publicOrigin };
  const app = new Hono();

  app.use(async (c, next) => {
    await next();
    if (c.res.headers.get("Content-Type")?.startsWith("text/html")) c.header("Content-Security-Policy", hostCsp(new URL(serverUrl).origin));
    c.header("X-Content-Type-Options", "nosniff");
  });
  app.get("/", (c) => c.html(indexPage(serverUrl)));
  app.get("/script-tag", (c) => c.html(scriptTagPage(serverUrl)));
  app.get("/iframe", (c) => c.html(iframePage(serverUrl)));
  app.get("/reset", (c) => {
    deleteCookie(c, COOKIE, { path: "/" });
    return c.redirect("/");
  });

  // The host's own endpoint: its page asks it for a client secret, never for the secret key.
  app.post("/api/session", async (c) => {
    try {
      const session = await mintSession(mint, getCookie(c, COOKIE) ?? null);
      setCookie(c, COOKIE, session.customer, { path: "/", httpOnly: true, sameSite: "Lax" });
      c.header("Cache-Control", "no-store");
      return c.json({ clientSecret: session.clientSecret, url: session.url, expiresAt: session.expiresAt });
    } catch (error) {
      return c.json({ error: String(error) }, 502);
    }
  });

  app.get("/static/:file", async (c) => {
    const file = c.req.param("file");
    if (!STATIC_FILES.includes(file)) return c.notFound();
    const body = await readFile(join(import.meta.dirname, "public", file), "utf8");
    return c.body(body, 200, { "Content-Type": file.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8", "Cache-Control": "no-cache" });
  });

  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.hostname ?? "127.0.0.1" }, () =>
      resolve({ url: publicOrigin, close: () => new Promise<void>((done) => server.close(() => done())) }),
    );
    server.once("error", reject);
  });
}
