import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openTypeChoiceSession } from "./business-flow.ts";
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

/** A <select> by keystrokes: focus it, then type its option's label (Chromium's type-ahead picks it). */
async function selectInto(page: Page, frame: Frame, name: string, value: string): Promise<void> {
  await tabTo(page, frame, `select[name="${name}"]`);
  const label = await frame.evaluate(([n, v]) => document.querySelector<HTMLSelectElement>(`select[name="${n}"]`)!.querySelector<HTMLOptionElement>(`option[value="${v}"]`)!.text, [name, value]);
  await page.keyboard.type(label);
  await frame.waitForFunction(([n, v]) => document.querySelector<HTMLSelectElement>(`select[name="${n}"]`)!.value === v, [name, value]);
}

/** The address fields under `prefix` (the country first: it decides the state list). */
async function typeUsAddress(page: Page, frame: Frame, prefix: string, address: { line1: string; city: string; state: string; postalCode: string }): Promise<void> {
  await selectInto(page, frame, `${prefix}.country`, "USA");
  await typeInto(page, frame, `${prefix}.line1`, address.line1);
  await typeInto(page, frame, `${prefix}.city`, address.city);
  await selectInto(page, frame, `${prefix}.state`, address.state);
  await typeInto(page, frame, `${prefix}.postalCode`, address.postalCode);
}

/** A radio group by keystrokes: Tab stops once in the group, the arrow keys move and check. */
async function chooseRadio(page: Page, frame: Frame, name: string, value: string): Promise<void> {
  await tabTo(page, frame, `input[type=radio][name="${name}"]`);
  for (let i = 0; i < 10; i++) {
    if (await frame.evaluate((v) => (document.activeElement as HTMLInputElement).value === v, value)) {
      await page.keyboard.press("Space");
      return;
    }
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`no radio ${name}=${value}`);
}

/** Tab to a control and press Space (checkboxes, file pickers, buttons). */
async function press(page: Page, frame: Frame, selector: string, key = "Space"): Promise<void> {
  await tabTo(page, frame, selector);
  await page.keyboard.press(key);
}

async function uploadByKeyboard(page: Page, frame: Frame, slot: string): Promise<void> {
  const file = join(tmpdir(), "e2e-keyboard-doc.png");
  await writeFile(file, PNG);
  await tabTo(page, frame, `fieldset.document[data-field${slot}] input[type=file]:not([capture])`);
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")]);
  await chooser.setFiles(file);
  await frame.waitForSelector(`fieldset.document[data-field${slot}][data-upload="done"]`);
}

/** WCAG 2.1.1: whole flows with the keyboard alone (no clicks, no fill(), no check()). */
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

  it("completes a business from the type choice to approved: company, an owner, four documents, terms, review", async () => {
    const context = await browser.newContext();
    await openTypeChoiceSession(stack, context);
    const page = await context.newPage();
    await page.goto(`${stack.demoUrl}/script-tag`);
    const frame = await widgetFrame(page, stack.serverUrl);
    await waitForHostEvent(page, "step", { id: "type" });
    await press(page, frame, 'button[data-type="business"]', "Enter");

    await waitForHostEvent(page, "step", { id: "company" });
    await frame.waitForFunction(() => document.activeElement?.matches("h2.step-heading"));
    await typeInto(page, frame, "name", "Acme Anvils LLC");
    await typeInto(page, frame, "description", "Makes and sells anvils");
    await selectInto(page, frame, "businessType", "business");
    await typeInto(page, frame, "email", "ops@acme.example");
    await typeInto(page, frame, "phoneNumber", "+14155552671");
    await typeUsAddress(page, frame, "address", { line1: "1 Main St", city: "Austin", state: "TX", postalCode: "78701" });
    await typeInto(page, frame, "ein", "12-3456789");
    await selectInto(page, frame, "estimatedAnnualRevenueUsd", "_100000_999999");
    await typeInto(page, frame, "expectedMonthlyPaymentsUsd", "25000");
    await selectInto(page, frame, "sourceOfFundsDescription", "business_revenue");
    await chooseRadio(page, frame, "operatesInProhibitedCountries", "no");
    await press(page, frame, '[name="highRiskActivities"][value="none_of_the_above"]');
    await chooseRadio(page, frame, "transmitsCustomerFunds", "no");
    await chooseRadio(page, frame, "thirdParty", "no");
    await press(page, frame, "button[type=submit]", "Enter");

    await waitForHostEvent(page, "step", { id: "owners" });
    await frame.waitForFunction(() => document.activeElement?.matches("h2.step-heading"));
    await press(page, frame, "form > button.secondary", "Enter"); // Add an owner
    for (const [name, value] of [["owner.firstName", "Ada"], ["owner.lastName", "Owner"], ["owner.dobDay", "10"], ["owner.dobMonth", "12"], ["owner.dobYear", "1980"], ["owner.email", "ada@acme.example"]] as const) {
      await typeInto(page, frame, name, value);
    }
    await typeUsAddress(page, frame, "owner.address", { line1: "2 Oak Ave", city: "Austin", state: "TX", postalCode: "78702" });
    await typeInto(page, frame, "owner.ssn", "123-45-6789");
    await typeInto(page, frame, "owner.ownershipPercentage", "100");
    await press(page, frame, "#f-owner-isControlPerson");
    await press(page, frame, ".owner-form .actions button.primary", "Enter"); // Save owner
    await frame.locator(".owners li", { hasText: "Ada" }).waitFor();
    await press(page, frame, "#f-ubos-attestation");
    await press(page, frame, "button[type=submit]", "Enter");

    await waitForHostEvent(page, "step", { id: "documents" });
    for (const slot of ['="incorporationDocument"', '="shareholderDocument"', '="statementOfFunds"', '^="identityDocumentFront:"']) await uploadByKeyboard(page, frame, slot);
    await press(page, frame, "button[type=submit]", "Enter");

    await waitForHostEvent(page, "step", { id: "terms" });
    await press(page, frame, "#f-tos");
    await press(page, frame, "button[type=submit]", "Enter");
    await waitForHostEvent(page, "step", { id: "review" });
    await press(page, frame, "button[type=submit]", "Enter");
    await waitForHostEvent(page, "complete", { kyc: "approved" });
    await context.close();
  }, 120_000);
});
