import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hostEvents, waitForHostEvent, widgetFrame, type THostEvent } from "./host-page.ts";
import { completeFlow, fillIdentity } from "./onboarding-flow.ts";
import { useStackAndBrowser, type TStack } from "./stack.ts";

/** The accepted events in the order the host received them, without the handshake and layout noise. */
const flowEvents = (events: THostEvent[]) => events.filter((e) => e.accepted && !["hello", "resize", "saved"].includes(e.type));

describe("onboarding an individual in Chromium, host and server on two origins", () => {
  let stack: TStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  useStackAndBrowser((s, b) => ([stack, browser] = [s, b]));
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  it.each([
    ["script tag", "/script-tag", "loader"],
    ["raw iframe", "/iframe", "window"],
  ])("goes from an empty session to approved through the %s, the host hearing every event in order", async (_mode, path, via) => {
    await page.goto(stack.demoUrl + path);
    const frame = await widgetFrame(page, stack.serverUrl);
    await completeFlow(page, frame);
    await waitForHostEvent(page, "complete", { kyc: "approved" });
    await frame.getByText(/verified|approved/i).first().waitFor();

    const events = flowEvents(await hostEvents(page));
    expect(events.map((e) => e.type + (e.type === "step" ? ":" + e.payload.id : e.type === "status" || e.type === "complete" ? ":" + e.payload.kyc : ""))).toEqual([
      "ready", "step:identity", "step:address", "step:documents", "step:terms", "step:review",
      "submitted", "status:pending", "step:status", "status:approved", "complete:approved",
    ]);
    for (const event of events) {
      expect(event.origin).toBe(stack.serverUrl);
      expect(event.via).toBe(via);
    }
    // The steps say where the user is among the visible steps.
    expect(events.find((e) => e.type === "step")!.payload).toEqual({ id: "identity", index: 0, total: 6 });
    // Nothing the user typed ever reaches the host page.
    expect(JSON.stringify(await hostEvents(page))).not.toMatch(/Grace|Hopper|6789|grace@/);
  });

  it("resumes at the same step after a reload mid-flow", async () => {
    await page.goto(stack.demoUrl + "/script-tag");
    const frame = await widgetFrame(page, stack.serverUrl);
    await waitForHostEvent(page, "step", { id: "identity" });
    await fillIdentity(frame);
    await waitForHostEvent(page, "step", { id: "address" });
    await page.reload();
    const again = await widgetFrame(page, stack.serverUrl);
    const first = await waitForHostEvent(page, "step");
    expect(first.payload.id).toBe("address");
    // Earlier answers come back from the server (identity is done and reachable).
    await again.getByRole("heading", { name: "Home address" }).waitFor();
  });
});
