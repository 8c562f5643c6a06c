import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { FILL, submitStep } from "./a11y-flow.ts";
import { waitForHostEvent, widgetFrame } from "./host-page.ts";
import { useStackAndBrowser, type TStack } from "./stack.ts";

/** Continue on another device: a desktop context and a phone context, as two people's browsers. */
describe("continue on another device in Chromium", () => {
  let stack: TStack;
  let browser: Browser;
  useStackAndBrowser((s, b) => ([stack, browser] = [s, b]));

  it("the phone takes the photo, the desktop moves on by itself, and the used link is refused", async () => {
    const desktop = await (await browser.newContext()).newPage();
    await desktop.goto(`${stack.demoUrl}/script-tag`);
    const frame = await widgetFrame(desktop, stack.serverUrl);
    await waitForHostEvent(desktop, "step", { id: "identity" });
    await FILL.identity!(frame);
    await submitStep(desktop, frame, "address");
    await FILL.address!(frame);
    await submitStep(desktop, frame, "documents");

    await frame.getByRole("button", { name: "Show a QR code" }).click();
    await frame.getByRole("img", { name: /QR code/ }).waitFor();
    const url = await frame.inputValue("#f-handoff-url");
    expect(url).toMatch(new RegExp(`^${stack.serverUrl}/handoff/[A-Za-z0-9_-]{43}\\?locale=en$`));
    // The secret part of `cs_ses_<id>_<secret>` (base64url: it may hold "_" itself).
    const secret = /clientSecret=cs_ses_[0-9a-f]+_([A-Za-z0-9_-]+)/.exec(decodeURIComponent(new URL(frame.url()).hash))![1]!;
    expect(url).not.toContain(secret);

    const phoneContext = await browser.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
    const phone = await phoneContext.newPage();
    await phone.goto(url);
    await phone.getByRole("button", { name: "Continue" }).click();
    await phone.waitForURL(new RegExp(`/embed/ses_[0-9a-f]+\\?locale=en#clientSecret=`));
    await phone.getByRole("heading", { name: "Identity document" }).waitFor();
    // On the phone, no link to yet another device.
    expect(await phone.locator(".handoff").count()).toBe(0);
    await FILL.documents!(phone.mainFrame());

    // The desktop was waiting on the documents step: it moves to terms without a click.
    await waitForHostEvent(desktop, "step", { id: "terms" }, 20_000);
    await frame.getByRole("heading", { name: "Terms" }).waitFor();

    // The link worked once: opening it again is refused with a clear page.
    const again = await phoneContext.newPage();
    const response = await again.goto(url);
    expect(response?.status()).toBe(410);
    await again.getByText("This link has already been used or has expired").waitFor();
  });

  it("an expired link is refused", async () => {
    // Expiry itself is tested with a moved clock in test/server/handoff; here a token
    // the server never issued gets the same refusal page in a real browser.
    const page = await (await browser.newContext()).newPage();
    const response = await page.goto(`${stack.serverUrl}/handoff/${"x".repeat(43)}?locale=fr`);
    expect(response?.status()).toBe(410);
    await page.getByText("Ce lien a déjà été utilisé ou a expiré").waitFor();
  });
});
