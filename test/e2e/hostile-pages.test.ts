import { readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import type { Browser, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser.ts";
import { widgetFrame } from "./host-page.ts";
import { freePort, startStack, type TStack } from "./stack.ts";

/** A page server on loopback: `pages[path]` is the HTML served there. */
async function pageServer(host: "127.0.0.1" | "localhost", pages: Record<string, string>): Promise<{ origin: string; close(): Promise<void> }> {
  const port = await freePort();
  const server: Server = createServer((req, res) => {
    const page = pages[new URL(req.url ?? "/", "http://x").pathname];
    res.writeHead(page ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    res.end(page ?? "");
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  return { origin: `http://${host}:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

const FORGERIES = `
  const envelope = (type, payload) => ({ channel: "open-onboarding", v: 1, type, payload });
  const forged = [
    envelope("init", { locale: "de" }), envelope("update", { locale: "fr" }),
    envelope("refreshToken", { clientSecret: "cs_ses_${"0".repeat(32)}_${"A".repeat(43)}" }),
    envelope("complete", { kyc: "approved" }), envelope("step", { id: "forged", index: 9, total: 9 }), envelope("status", { kyc: "approved" }),
  ];
`;

describe("hostile pages around the widget (Chromium, several loopback origins)", () => {
  let stack: TStack;
  let browser: Browser;
  const closers: Array<() => Promise<void>> = [];
  const figures = { forgedTried: 0, forgedAccepted: 0 };
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
  });
  afterAll(async () => {
    console.info(`[hostile pages] forged messages tried ${figures.forgedTried}, accepted ${figures.forgedAccepted}`);
    await browser?.close();
    await Promise.all([stack?.stop(), ...closers.map((close) => close())]);
  });

  const mintSession = async (allowedOrigins: string[], customer?: string) => {
    const res = await fetch(`${stack.serverUrl}/v1/onboarding/session`, {
      method: "POST",
      headers: { Authorization: `Bearer ${stack.secretKey}`, "Content-Type": "application/json" },
      body: JSON.stringify(customer ? { customer, allowedOrigins } : { type: "individual", allowedOrigins }),
    });
    return (await res.json()) as { data: { session: { url: string; customer: string }; clientSecret: string } };
  };

  it("the built bundles carry no postMessage(…, \"*\") with data and no secret key", () => {
    const files: string[] = [];
    const walk = (dir: string) => readdirSync(dir).forEach((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : files.push(join(dir, name))));
    walk("dist/widget");
    const wildcard: string[] = [];
    for (const file of files.filter((f) => /\.(m?js)$/.test(f))) {
      const code = readFileSync(file, "utf8");
      expect(code, file).not.toMatch(/sk_[A-Za-z0-9_-]{16,}/);
      expect(code, file).not.toContain(stack.secretKey);
      for (const match of code.matchAll(/postMessage\(([^;]{0,120}?),\s*["'`]\*["'`]/g)) wildcard.push(match[1]!);
    }
    // The one allowed: the child's empty `hello` asking its parent for a port.
    expect(wildcard.every((args) => /["'`]hello["'`],\s*\{\s*\}/.test(args)), JSON.stringify(wildcard)).toBe(true);
  });

  it("a foreign page and a look-alike origin (127.0.0.1 for localhost, another port) can't frame the embed", async () => {
    const { data } = await mintSession([stack.demoUrl]);
    const html = `<!doctype html><iframe id="w" src="${data.session.url}"></iframe>`;
    const lookAlikeHost = stack.demoUrl.replace("localhost", "127.0.0.1");
    const pages = [await pageServer("127.0.0.1", { "/": html }), await pageServer("localhost", { "/": html })];
    closers.push(...pages.map((p) => p.close));
    const context = await browser.newContext();
    for (const origin of [...pages.map((p) => p.origin), lookAlikeHost]) {
      const page = await context.newPage();
      const appLoads: Request[] = [];
      page.on("request", (r) => r.url().includes("/widget/app/") && appLoads.push(r));
      const blocked = page.waitForEvent("console", { predicate: (m) => /frame-ancestors|Refused to frame/i.test(m.text()), timeout: 10_000 }).then(() => true, () => false);
      await page.goto(origin === lookAlikeHost ? `${lookAlikeHost}/script-tag` : origin);
      expect(await blocked, origin).toBe(true);
      expect(appLoads, origin).toEqual([]);
      await page.close();
    }
    await context.close();
  });

  it("ignores forged messages from a sibling frame and from a look-alike port: 0 accepted", async () => {
    const sibling = await pageServer("127.0.0.1", {
      "/": `<!doctype html><script>${FORGERIES}
        window.addEventListener("load", () => setTimeout(() => {
          for (const m of forged) { parent.postMessage(m, "*"); parent.frames[0].postMessage(m, "*"); }
          parent.postMessage("forgeries-sent", "*");
        }, 1500));</script>`,
    });
    const lookAlike = await pageServer("localhost", {
      "/": `<!doctype html><button id="open">open</button><script>${FORGERIES}
        document.getElementById("open").onclick = () => { window.host = window.open(new URLSearchParams(location.search).get("host"), "host"); };
        window.forge = () => { for (const m of forged) { host.postMessage(m, "*"); host.frames[0].postMessage(m, "*"); } };</script>`,
    });
    closers.push(sibling.close, lookAlike.close);
    // The host page: the loader, the widget first, and a sibling frame from another origin.
    const hostHtml = `<!doctype html><div id="kyc"></div><iframe src="${sibling.origin}/"></iframe>
      <script src="${stack.serverUrl}/v1/onboarding.js"></script>
      <script>window.events = []; fetch("/secret").then((r) => r.text()).then((clientSecret) => Onboarding.mount("#kyc", { clientSecret, onEvent: (e) => window.events.push(e) }));</script>`;
    const routes: Record<string, string> = { "/": hostHtml };
    const hostPages = await pageServer("localhost", routes);
    closers.push(hostPages.close);
    routes["/secret"] = (await mintSession([hostPages.origin])).data.clientSecret;

    const context = await browser.newContext();
    const page = await context.newPage();
    const widgetCalls: string[] = [];
    context.on("request", (r) => r.url().includes("/v1/widget/") && widgetCalls.push(`${r.method()} ${r.url()}`));
    await page.goto(hostPages.origin);
    const frame = await widgetFrame(page, stack.serverUrl);
    await frame.getByRole("heading", { name: "About you" }).waitFor();
    await page.waitForTimeout(2500); // the sibling forges 1.5 s after load
    figures.forgedTried += 12;

    // The look-alike origin (same host name, another port) opens the host and forges too.
    const attacker = await context.newPage();
    await attacker.goto(`${lookAlike.origin}/?host=${encodeURIComponent(hostPages.origin)}`);
    const [opened] = await Promise.all([context.waitForEvent("page"), attacker.click("#open")]);
    await widgetFrame(opened, stack.serverUrl).then((f) => f.getByRole("heading", { name: "About you" }).waitFor());
    const callsBefore = widgetCalls.length;
    await attacker.evaluate(() => (window as unknown as { forge(): void }).forge());
    await opened.waitForTimeout(1000);
    figures.forgedTried += 12;

    for (const p of [page, opened]) {
      const events = (await p.evaluate(() => (window as unknown as { events: Array<{ type: string; payload?: Record<string, unknown> }> }).events)) ?? [];
      const forged = events.filter((e) => e.type === "complete" || e.payload?.id === "forged" || (e.type === "status" && e.payload?.kyc === "approved"));
      figures.forgedAccepted += forged.length;
      // The log works: the genuine events of the widget are in it.
      expect(events.some((e) => e.type === "step" && e.payload?.id === "identity"), JSON.stringify(events)).toBe(true);
      expect(forged).toEqual([]);
    }
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(widgetCalls.slice(callsBefore).filter((c) => !c.includes("/v1/widget/events"))).toEqual([]);
    await context.close();
  });

  it("a client secret in the host page reads its customer's PII masked only", async () => {
    const created = await fetch(`${stack.serverUrl}/v1/customer`, {
      method: "POST",
      headers: { Authorization: `Bearer ${stack.secretKey}`, "Content-Type": "application/json" },
      body: JSON.stringify({ firstName: "Masked", ssn: "536-22-8917", dob: { day: 7, month: 11, year: 1961 } }),
    }).then((r) => r.json() as Promise<{ data: { customer: { id: string } } }>);
    const { data } = await mintSession([stack.demoUrl], created.data.customer.id);
    const answers = await Promise.all(["/v1/widget/customer", "/v1/widget/session", `/v1/widget/customer/${created.data.customer.id}/unmask`, `/v1/customer/${created.data.customer.id}/unmask`].map(async (path) => {
      const res = await fetch(`${stack.serverUrl}${path}`, { headers: { Authorization: `Bearer ${data.clientSecret}` } });
      return { path, status: res.status, text: await res.text() };
    }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 403, 401]);
    for (const a of answers) expect(a.text).not.toMatch(/536-?22-?8917|1961/);
    expect(JSON.parse(answers[0]!.text).data.customer.ssn).toEqual({ provided: true, last4: "8917" });
  });
});
