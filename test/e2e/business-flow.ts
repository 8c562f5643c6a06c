import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { tmpdir } from "node:os";
import type { BrowserContext, Frame } from "playwright-core";
import type { TStack } from "./stack.ts";

/** A 1×1 PNG: the smallest file the documents module accepts as an image. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

/**
 * An empty session whose type the user picks (no `type`, no `customer`), opened
 * through the demo host: its back end continues the customer kept in its cookie,
 * so the cookie is set to the customer this session created.
 */
export async function openTypeChoiceSession(stack: TStack, context: BrowserContext): Promise<string> {
  const res = await fetch(`${stack.serverUrl}/v1/onboarding/session`, {
    method: "POST",
    headers: { Authorization: `Bearer ${stack.secretKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ allowedOrigins: [stack.demoUrl], locale: "en" }),
  });
  const body = (await res.json()) as { data: { session: { customer: string } } };
  const customer = body.data.session.customer;
  await context.addCookies([{ name: "demo_customer", value: customer, url: stack.demoUrl }]);
  return customer;
}

/** A secret-key API call, as the host's back end would make it. */
export async function hostApi(stack: TStack, method: string, path: string, body?: unknown) {
  const res = await fetch(stack.serverUrl + path, {
    method,
    headers: { Authorization: `Bearer ${stack.secretKey}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** Fills the company step and continues; `activity` is the high-risk answer (seed 004 value). */
export async function fillCompany(frame: Frame, activity = "none_of_the_above"): Promise<void> {
  await fillCompanyFields(frame, activity);
  await frame.getByRole("button", { name: "Continue" }).click();
}

/** Fills the company step's fields by name only (any language); does not continue. */
export async function fillCompanyFields(frame: Frame, activity = "none_of_the_above"): Promise<void> {
  await frame.fill('[name="name"]', "Acme Anvils LLC");
  await frame.fill('[name="description"]', "Makes and sells anvils");
  await frame.selectOption('[name="businessType"]', "business");
  await frame.fill('[name="email"]', "ops@acme.example");
  await frame.fill('[name="phoneNumber"]', "+14155552671");
  await frame.selectOption('[name="address.country"]', "USA");
  await frame.fill('[name="address.line1"]', "1 Main St");
  await frame.fill('[name="address.city"]', "Austin");
  await frame.selectOption('[name="address.state"]', "TX");
  await frame.fill('[name="address.postalCode"]', "78701");
  await frame.fill('[name="ein"]', "12-3456789");
  await frame.selectOption('[name="estimatedAnnualRevenueUsd"]', "_100000_999999");
  await frame.fill('[name="expectedMonthlyPaymentsUsd"]', "25000");
  await frame.selectOption('[name="sourceOfFundsDescription"]', "business_revenue");
  await choose(frame, '[name="operatesInProhibitedCountries"][value="no"]');
  await choose(frame, `[name="highRiskActivities"][value="${activity}"]`);
  await choose(frame, '[name="transmitsCustomerFunds"][value="no"]');
  await choose(frame, '[name="thirdParty"][value="no"]');
}

/**
 * Checks a radio or checkbox. A toggle re-validates the form, and an error message
 * appearing or leaving can move the next control between Playwright's stability check
 * and its click on a loaded CI machine; the click then lands beside it. Try again then.
 */
async function choose(frame: Frame, selector: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await frame.check(selector);
      return;
    } catch (error) {
      if (attempt === 3 || !String(error).includes("did not change its state")) throw error;
    }
  }
}

/** Opens the owner form and types one owner; does not save. */
export async function typeOwner(frame: Frame, owner: { first: string; share: string; control?: boolean }): Promise<void> {
  // "Add an owner" by its place (the form's own secondary button), so any language works.
  if (!(await frame.locator(".owner-form").count())) await frame.click("form > button.secondary");
  await frame.fill('[name="owner.firstName"]', owner.first);
  await frame.fill('[name="owner.lastName"]', "Owner");
  await frame.fill('[name="owner.dobDay"]', "10");
  await frame.fill('[name="owner.dobMonth"]', "12");
  await frame.fill('[name="owner.dobYear"]', "1980");
  await frame.fill('[name="owner.email"]', `${owner.first.toLowerCase()}@acme.example`);
  await frame.selectOption('[name="owner.address.country"]', "USA");
  await frame.fill('[name="owner.address.line1"]', "2 Oak Ave");
  await frame.fill('[name="owner.address.city"]', "Austin");
  await frame.selectOption('[name="owner.address.state"]', "TX");
  await frame.fill('[name="owner.address.postalCode"]', "78702");
  await frame.fill('[name="owner.ssn"]', "123-45-6789");
  await frame.fill('[name="owner.ownershipPercentage"]', owner.share);
  // Leave the field first: its rule may show under it on blur and move the checkbox below.
  await frame.press('[name="owner.ownershipPercentage"]', "Tab");
  if (owner.control) await frame.check("#f-owner-isControlPerson");
}

/** Saves the open owner form and waits until it closes (the owner is in the list). */
export async function saveOwner(frame: Frame, first: string): Promise<void> {
  await frame.getByRole("button", { name: "Save owner" }).click();
  await frame.locator(".owners li", { hasText: first }).waitFor();
  await frame.locator(".owner-form").waitFor({ state: "detached" });
}

/** Uploads a PNG into the n-th document slot whose key starts with `prefix`. */
export async function uploadInto(frame: Frame, key: string): Promise<void> {
  const file = join(tmpdir(), "e2e-business-doc.png");
  await writeFile(file, PNG);
  const slot = frame.locator(`fieldset.document[data-field="${key}"]`);
  await slot.locator('input[type="file"]:not([capture])').setInputFiles(file);
  await frame.locator(`fieldset.document[data-field="${key}"][data-upload="done"]`).waitFor();
}
