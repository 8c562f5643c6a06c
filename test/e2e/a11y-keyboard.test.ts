import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { waitForHostEvent, widgetFrame } from "./host-page.ts";
import { PERSON, PNG } from "./onboarding-flow.ts";
import { useStackAndBrowser, type TStack } from "./stack.ts";

/** Presses Tab (only Tab) until the focused element in the widget matches `selector`: proves it is reachable and nothing traps focus. */
async function tabTo(page: Page, frame: Frame, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await frame.evaluate((s) => document.hasFocus() && document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function typeInto(page: Page, frame: Frame, name: string, text: string): Promise<void> {
  await tabTo(page, frame, `[name="${name}"]`);
  await page.keyboard.type(text);
}

/** WCAG 2.1.1: the whole individual flow with the keyboard alone (no clicks, no fill()). */
describe("keyboard only in Chromium", () => {
  let stack: TStack;
  let browser: Browser;
  useStackAndBrowser((s, b) => ([stack, browser] = [s, b]));

  it("completes identity → status with Tab, typing, Space and Enter", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${stack.demoUrl}/script-tag`);
    const frame = await widgetFrame(page, stack.serverUrl);
    await waitForHostEvent(page, "step", { id: "identity" });

    for (const [name, value] of [["firstName", PERSON.firstName], ["lastName", PERSON.lastName], ["dob.day", PERSON.day], ["dob.month", PERSON.month], ["dob.year", PERSON.year], ["email", PERSON.email], ["phoneNumber", PERSON.phone]] as const) {
      await typeInto(page, frame, name, value);
    }
    await page.keyboard.press("Enter"); // a form: Enter in any field continues
    await waitForHostEvent(page, "step", { id: "address" });
    // Focus moved to the new step's heading (WCAG 2.4.3), once its (lazy) chunk rendered.
    await frame.waitForFunction(() => document.activeElement?.matches("h2.step-heading"));

    await tabTo(page, frame, '[name="address.country"]');
    await page.keyboard.type("United States");
    await frame.waitForSelector('[name="ssn"]');
    await typeInto(page, frame, "address.line1", "1 Main St");
    await typeInto(page, frame, "address.city", "San Francisco");
    await tabTo(page, frame, '[name="address.state"]');
    await page.keyboard.type("California");
    await typeInto(page, frame, "address.postalCode", "94107");
    await typeInto(page, frame, "ssn", "123-45-6789");
    await page.keyboard.press("Enter");
    await waitForHostEvent(page, "step", { id: "documents" });

    const file = join(tmpdir(), "e2e-keyboard-front.png");
    await writeFile(file, PNG);
    await tabTo(page, frame, "#f-identityDocumentFront-file");
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")]);
    await chooser.setFiles(file);
    await frame.waitForSelector('[data-field="identityDocumentFront"][data-upload="done"]');
    await tabTo(page, frame, "button[type=submit]");
    await page.keyboard.press("Enter");
    await waitForHostEvent(page, "step", { id: "terms" });

    await tabTo(page, frame, "#f-tos");
    await page.keyboard.press("Space");
    await tabTo(page, frame, "button[type=submit]");
    await page.keyboard.press("Enter");
    await waitForHostEvent(page, "step", { id: "review" });

    await tabTo(page, frame, "button[type=submit]");
    await page.keyboard.press("Enter");
    await waitForHostEvent(page, "complete", { kyc: "approved" });
    await frame.locator(".status-message", { hasText: "You're verified." }).waitFor();
  }, 90_000); // a whole flow by keystrokes, on 2 shared cores
});
