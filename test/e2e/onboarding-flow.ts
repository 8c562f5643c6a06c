import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { tmpdir } from "node:os";
import type { Frame, Page } from "playwright-core";
import { waitForHostEvent } from "./host-page.ts";

/** A 1×1 PNG: the smallest file the documents module accepts as an image. */
export const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

/** What a user types: a US resident whom the sandbox approves (no magic word, SSN not ending 2222–5555). */
export const PERSON = { firstName: "Grace", lastName: "Hopper", day: "9", month: "12", year: "1986", email: "grace@example.com", phone: "+14155550123" };

/** Fills and continues the identity step. */
export async function fillIdentity(frame: Frame): Promise<void> {
  await frame.fill('[name="firstName"]', PERSON.firstName);
  await frame.fill('[name="lastName"]', PERSON.lastName);
  await frame.fill('[name="dob.day"]', PERSON.day);
  await frame.fill('[name="dob.month"]', PERSON.month);
  await frame.fill('[name="dob.year"]', PERSON.year);
  await frame.fill('[name="email"]', PERSON.email);
  await frame.fill('[name="phoneNumber"]', PERSON.phone);
  await frame.getByRole("button", { name: "Continue" }).click();
}

/** Fills and continues the address step (a US address, so the SSN field appears). */
export async function fillAddress(frame: Frame): Promise<void> {
  await frame.selectOption('[name="address.country"]', "USA");
  await frame.fill('[name="address.line1"]', "1 Main St");
  await frame.fill('[name="address.city"]', "San Francisco");
  await frame.selectOption('[name="address.state"]', "CA");
  await frame.fill('[name="address.postalCode"]', "94107");
  await frame.fill('[name="ssn"]', "123-45-6789");
  await frame.getByRole("button", { name: "Continue" }).click();
}

/** Uploads the front of an identity document and continues. */
export async function uploadDocument(frame: Frame): Promise<void> {
  const file = join(tmpdir(), "e2e-id-front.png");
  await writeFile(file, PNG);
  await frame.setInputFiles("#f-identityDocumentFront-file", file);
  await frame.getByText("Replace").first().waitFor();
  await frame.getByRole("button", { name: "Continue" }).click();
}

export async function acceptTerms(frame: Frame): Promise<void> {
  await frame.check("#f-tos");
  await frame.getByRole("button", { name: "Continue" }).click();
}

export async function submitReview(frame: Frame): Promise<void> {
  await frame.getByRole("button", { name: "Submit for verification" }).click();
}

/** The whole flow from an empty session to a submitted customer, waiting on the host's `step` events between steps. */
export async function completeFlow(page: Page, frame: Frame): Promise<void> {
  await waitForHostEvent(page, "step", { id: "identity" });
  await fillIdentity(frame);
  await waitForHostEvent(page, "step", { id: "address" });
  await fillAddress(frame);
  await waitForHostEvent(page, "step", { id: "documents" });
  await uploadDocument(frame);
  await waitForHostEvent(page, "step", { id: "terms" });
  await acceptTerms(frame);
  await waitForHostEvent(page, "step", { id: "review" });
  await submitReview(frame);
}
