import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser.ts";
import { startForeignPage } from "./foreign-page.ts";
import { hostEvents, waitForHostEvent, widgetFrame } from "./host-page.ts";
import { fillIdentity } from "./onboarding-flow.ts";
import { startStack, type TStack } from "./stack.ts";

const MARKER = "e2e-marker";

describe("what a foreign origin can do to the widget in Chromium", () => {
  let stack: TStack;
  let foreign: Awaited<ReturnType<typeof startForeignPage>>;
  let browser: Browser;
  let context: BrowserContext;
  let attacker: Page;
  let host: Page;

  beforeAll(async () => {
    [stack, foreign, browser] = await Promise.all([startStack(), startForeignPage(), launchChromium()]);
    context = await browser.newContext();
    attacker = await context.newPage();
    await attacker.goto(`${foreign.url}/?host=${encodeURIComponent(stack.demoUrl + "/script-tag")}`);
    [host] = await Promise.all([context.waitForEvent("page"), attacker.click("#open")]);
    await waitForHostEvent(host, "step", { id: "identity" });
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([stack?.stop(), foreign?.close()]);
  });

  it("ignores forged messages: nothing changes and the widget sends no request", async () => {
    const frame = await widgetFrame(host, stack.serverUrl);
    const before = { events: (await hostEvents(host)).length, lang: await frame.evaluate(() => document.documentElement.lang) };
    const requests: Request[] = [];
    context.on("request", (request) => requests.push(request));
    // Test instrumentation: resolve once a marker posted after the forgeries has arrived,
    // so every forged message before it has been dispatched (same sender, in order).
    const widgetGotMarker = frame.evaluate((marker) => new Promise<void>((done) => addEventListener("message", (e) => e.data === marker && done())), MARKER);
    const hostGotMarker = host.evaluate((marker) => new Promise<void>((done) => addEventListener("message", (e) => e.data === marker && done())), MARKER);

    await attacker.evaluate((marker) => {
      const host = (window as unknown as { host: Window }).host;
      const widget = host.frames[0]!;
      const envelope = (type: string, payload: object) => ({ channel: "open-onboarding", v: 1, type, payload });
      const channel = new MessageChannel();
      // To the widget: a handshake with our own port, a token swap, option changes.
      widget.postMessage(envelope("init", { locale: "de", theme: { colorPrimary: "red" } }), "*", [channel.port2]);
      widget.postMessage(envelope("refreshToken", { clientSecret: `cs_ses_${"0".repeat(32)}_${"A".repeat(43)}` }), "*");
      widget.postMessage(envelope("update", { locale: "fr" }), "*");
      channel.port1.postMessage(envelope("update", { locale: "fr" }));
      // To the host: events the widget never sent.
      host.postMessage(envelope("complete", { kyc: "approved" }), "*");
      host.postMessage(envelope("step", { id: "review", index: 4, total: 6 }), "*");
      widget.postMessage(marker, "*");
      host.postMessage(marker, "*");
    }, MARKER);
    await Promise.all([widgetGotMarker, hostGotMarker]);

    expect(requests.map((r) => r.url()).filter((url) => url.includes("/v1/"))).toEqual([]);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe(before.lang);
    await frame.getByRole("heading", { name: "About you" }).waitFor();
    const accepted = (await hostEvents(host)).slice(before.events).filter((e) => e.accepted);
    expect(accepted).toEqual([]);
    // The host page saw the forgeries arrive (from the foreign origin); the loader passed none of them on.
    const forged = (await hostEvents(host)).filter((e) => e.type === "complete");
    expect(forged).toEqual([expect.objectContaining({ origin: foreign.url, accepted: false })]);

    // The widget still works, with its own secret, not the forged one.
    const secret = decodeURIComponent(new URL(frame.url()).hash.match(/clientSecret=([^&]+)/)![1]!);
    await fillIdentity(frame);
    await waitForHostEvent(host, "step", { id: "address" });
    const save = requests.find((r) => r.method() === "POST" && r.url().endsWith("/v1/widget/customer"))!;
    expect(save.headers().authorization).toBe(`Bearer ${secret}`);
  });

  it("a client secret reaches only its own customer, also from the widget's own origin", async () => {
    const other = await fetch(`${stack.serverUrl}/v1/customer`, {
      method: "POST",
      headers: { Authorization: `Bearer ${stack.secretKey}`, "Content-Type": "application/json" },
      body: JSON.stringify({ firstName: "Someone", lastName: "Else" }),
    }).then((res) => res.json() as Promise<{ data: { customer: { id: string } } }>);
    const frame = await widgetFrame(host, stack.serverUrl);
    const answers = await frame.evaluate(async (otherId) => {
      const secret = new URLSearchParams(location.hash.slice(1)).get("clientSecret")!;
      const call = async (path: string) => {
        const res = await fetch(path, { headers: { Authorization: `Bearer ${secret}` } });
        return { status: res.status, body: await res.text() };
      };
      return { widget: await call(`/v1/widget/customer/${otherId}`), api: await call(`/v1/customer/${otherId}`), unmask: await call(`/v1/customer/${otherId}/unmask`) };
    }, other.data.customer.id);
    expect(answers.widget.status).toBe(404);
    expect(answers.api.status).toBe(401);
    expect(answers.unmask.status).toBe(401);
    expect(JSON.stringify(answers)).not.toContain("Someone");
  });
});
