import { createServer, type Server } from "node:http";
import { chromium } from "playwright-core";
import { startRealServer } from "./start-real-server.ts";

export type TPageLoad = { runs: number; firstFieldMs: number; readyMs: number; floorMs: number; firstFieldRatio: number; readyRatio: number };

/**
 * Runs in every frame before its own scripts (playwright init script): inside the
 * widget it notes when the first field of the first step can take input; in the
 * host it notes when the empty floor iframe finished loading. Times are absolute
 * (timeOrigin + now) so the two frames' clocks compare.
 */
const PROBE = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  if (location.pathname.startsWith("/embed/")) {
    const check = () => {
      const field = document.querySelector("input:not([disabled]), select:not([disabled])");
      if (field && !window.__firstField) { window.__firstField = now(); observer.disconnect(); }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  }
  window.__now = now;
})();`;

function hostPage(serverUrl: string, clientSecret: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>host</title></head><body><h1>Host</h1><div id="w"></div>
<script src="${serverUrl}/v1/onboarding.js"></script>
<script>Onboarding.mount("#w", { clientSecret: ${JSON.stringify(clientSecret)}, onReady: function () { window.__ready = window.__now(); } });</script></body></html>`;
}

function floorPage(blankUrl: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body><h1>Host</h1>
<iframe title="empty" src="${blankUrl}" onload="window.__floor = window.__now()"></iframe></body></html>`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Host page navigation start → first field interactive, and → `ready` on the host,
 * median of `runs` cold loads (a fresh browser context each), beside the floor: the
 * same host page embedding an empty iframe from another origin.
 */
export async function measurePageLoad(runs: number, ports: { server: number; host: number; blank: number }): Promise<TPageLoad> {
  const server = await startRealServer(ports.server);
  const secrets: string[] = [];
  const hostOrigin = `http://localhost:${ports.host}`;
  for (let i = 0; i < runs; i++) {
    const res = await fetch(`${server.url}/v1/onboarding/session`, {
      method: "POST",
      headers: { authorization: `Bearer ${server.secretKey}`, "content-type": "application/json" },
      body: JSON.stringify({ type: "individual", allowedOrigins: [hostOrigin] }),
    });
    secrets.push(((await res.json()) as { data: { clientSecret: string } }).data.clientSecret);
  }
  let current = "";
  const host: Server = createServer((req, res) => {
    res.setHeader("content-type", "text/html");
    res.end(req.url === "/floor" ? floorPage(`http://127.0.0.1:${ports.blank}/`) : hostPage(server.url, current));
  }).listen(ports.host, "127.0.0.1");
  const blank: Server = createServer((_req, res) => {
    res.setHeader("content-type", "text/html");
    res.end("<!doctype html><title>blank</title>");
  }).listen(ports.blank, "127.0.0.1");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const firstField: number[] = [];
  const ready: number[] = [];
  const floor: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      current = secrets[i]!;
      const context = await browser.newContext();
      await context.addInitScript(PROBE);
      const page = await context.newPage();
      await page.goto(`${hostOrigin}/`);
      await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready, undefined, { timeout: 20_000 });
      const frame = page.frames().find((f) => f.url().includes("/embed/"))!;
      await frame.waitForFunction(() => (window as unknown as { __firstField?: number }).__firstField, undefined, { timeout: 20_000 });
      const start = await page.evaluate(() => performance.timeOrigin);
      firstField.push((await frame.evaluate(() => (window as unknown as { __firstField: number }).__firstField)) - start);
      ready.push((await page.evaluate(() => (window as unknown as { __ready: number }).__ready)) - start);
      await page.goto(`${hostOrigin}/floor`);
      await page.waitForFunction(() => (window as unknown as { __floor?: number }).__floor, undefined, { timeout: 20_000 });
      floor.push(await page.evaluate(() => (window as unknown as { __floor: number }).__floor - performance.timeOrigin));
      await context.close();
    }
  } finally {
    await browser.close();
    host.close();
    blank.close();
    await server.stop();
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  const f = median(firstField);
  const r = median(ready);
  const fl = median(floor);
  return { runs, firstFieldMs: round(f), readyMs: round(r), floorMs: round(fl), firstFieldRatio: round(f / fl), readyRatio: round(r / fl) };
}
