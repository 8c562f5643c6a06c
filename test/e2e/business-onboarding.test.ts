import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fillCompany, hostApi, openTypeChoiceSession, saveOwner, typeOwner, uploadInto } from "./business-flow.ts";
import { hostEvents, waitForHostEvent, widgetFrame, type THostEvent } from "./host-page.ts";
import { useStackAndBrowser, type TStack } from "./stack.ts";

/** The accepted events in order, without handshake, layout and per-save noise. */
const flowEvents = (events: THostEvent[]) => events.filter((e) => e.accepted && !["hello", "resize", "saved"].includes(e.type));
const describeEvent = (e: THostEvent) => e.type + (e.type === "step" ? ":" + e.payload.id : e.type === "status" || e.type === "complete" ? ":" + e.payload.kyc : "");

describe("onboarding a business (KYB) in Chromium, host and server on two origins", () => {
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

  it("takes a business with three owners (one a control person below 25 %) from an empty session to approved, stopping each broken rule at its field", async () => {
    const customerId = await openTypeChoiceSession(stack, context);
    await page.goto(stack.demoUrl + "/script-tag");
    const frame = await widgetFrame(page, stack.serverUrl);
    await waitForHostEvent(page, "step", { id: "type" });
    await frame.getByRole("button", { name: "A business I represent" }).click();

    await waitForHostEvent(page, "step", { id: "company" });
    await fillCompany(frame);
    await waitForHostEvent(page, "step", { id: "owners" });

    // Two owners, neither in control: Continue is stopped next to the list, and the API refuses to submit.
    await typeOwner(frame, { first: "Ada", share: "50" });
    await saveOwner(frame, "Ada");
    await typeOwner(frame, { first: "Grace", share: "30" });
    await saveOwner(frame, "Grace");
    await frame.check("#f-ubos-attestation");
    await frame.getByRole("button", { name: "Continue" }).click();
    await frame.locator("#f-ubos-error", { hasText: "controls the business" }).waitFor();
    const noControl = await hostApi(stack, "POST", `/v1/customer/${customerId}/submit`, {});
    expect(noControl.body.error.code).toBe("requirements_outstanding");
    expect(noControl.body.error.fields.map((f: { path: string }) => f.path)).toContain("ubos.controlPerson");

    // A third owner at 30 % makes 110 %: the reason shows under the share as it is typed, and the API refuses it too.
    await typeOwner(frame, { first: "Alan", share: "30", control: true });
    await frame.locator('[data-field="owner.ownershipPercentage"] .error', { hasText: "more than 100" }).waitFor();
    await frame.getByRole("button", { name: "Save owner" }).click();
    expect(await frame.locator(".owners li", { hasText: "Alan" }).count()).toBe(0);
    const over = await hostApi(stack, "POST", `/v1/customer/${customerId}/ubo`, { firstName: "Alan", ownershipPercentage: 30, isControlPerson: true });
    expect(over.status).toBe(422);
    expect(over.body.error.fields[0]).toMatchObject({ path: "ownershipPercentage", code: "ownership_exceeds_100" });

    // At 10 % and in control, Alan is a beneficial owner under 31 CFR 1010.230.
    await frame.fill('[name="owner.ownershipPercentage"]', "10");
    await saveOwner(frame, "Alan");
    await frame.check("#f-ubos-attestation");
    await frame.getByRole("button", { name: "Continue" }).click();

    // Documents: one owner's identity document left out is stopped in its slot, and refused by the API.
    await waitForHostEvent(page, "step", { id: "documents" });
    for (const key of ["incorporationDocument", "shareholderDocument", "statementOfFunds"]) await uploadInto(frame, key);
    const owners = (await hostApi(stack, "GET", `/v1/customer/${customerId}`)).body.data.customer.ubos as Array<{ id: string }>;
    expect(owners).toHaveLength(3);
    for (const owner of owners.slice(0, 2)) await uploadInto(frame, `identityDocumentFront:${owner.id}`);
    await frame.getByRole("button", { name: "Continue" }).click();
    await frame.locator(`fieldset.document[data-field="identityDocumentFront:${owners[2]!.id}"] .error`, { hasText: "Upload this document" }).waitFor();
    const missing = await hostApi(stack, "POST", `/v1/customer/${customerId}/submit`, {});
    expect(missing.body.error.fields.map((f: { path: string }) => f.path)).toContain(`ubos.${owners[2]!.id}.identityDocument`);
    await uploadInto(frame, `identityDocumentFront:${owners[2]!.id}`);
    await frame.getByRole("button", { name: "Continue" }).click();

    await waitForHostEvent(page, "step", { id: "terms" });
    await frame.getByText("has read and accepted Open Onboarding Terms of Service.").waitFor();
    await frame.check("#f-tos");
    await frame.getByRole("button", { name: "Continue" }).click();
    await waitForHostEvent(page, "step", { id: "review" });
    await frame.getByRole("heading", { name: "Owners" }).waitFor();
    await frame.getByRole("button", { name: "Submit for verification" }).click();
    await waitForHostEvent(page, "complete", { kyc: "approved" });

    // The same sequence of events as for an individual (onboard-individual.test.ts), with the business's step ids.
    const events = flowEvents(await hostEvents(page)).map(describeEvent);
    expect(events).toEqual([
      "ready", "step:type", "step:company", "step:owners", "step:documents", "step:terms", "step:review",
      "submitted", "status:pending", "step:status", "status:approved", "complete:approved",
    ]);
    expect(JSON.stringify(await hostEvents(page))).not.toMatch(/Acme|Ada|6789|acme\.example/);
  });

  it("ends a business that answers a prohibited activity in a clear, final state the host is told about", async () => {
    const customerId = await openTypeChoiceSession(stack, context);
    await page.goto(stack.demoUrl + "/iframe");
    const frame = await widgetFrame(page, stack.serverUrl);
    await waitForHostEvent(page, "step", { id: "type" });
    await frame.getByRole("button", { name: "A business I represent" }).click();
    await waitForHostEvent(page, "step", { id: "company" });
    await fillCompany(frame, "gambling");
    await waitForHostEvent(page, "complete", { kyc: "rejected" });
    await frame.locator('[data-prohibited="true"]', { hasText: "can't open an account for this business" }).waitFor();
    const events = flowEvents(await hostEvents(page)).map(describeEvent);
    expect(events).toContain("status:rejected");
    expect(events).toContain("complete:rejected");
    const customer = (await hostApi(stack, "GET", `/v1/customer/${customerId}`)).body.data.customer;
    expect(customer).toMatchObject({ isProhibitedBusinessType: true, kyc: "rejected" });
  });
});
