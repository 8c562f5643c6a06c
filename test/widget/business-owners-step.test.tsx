// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import type { TUboView } from "../../widget/app/api/types";
import { newCustomer } from "./fakes";
import { renderOnboarding } from "./render-onboarding";

const owner = (id: string, ownershipPercentage: number, isControlPerson = false): TUboView => ({
  id, requirements: [], firstName: id, lastName: "Owner", email: `${id}@example.com`, phoneNumber: null,
  address: { country: "USA", line1: "1 Main St", city: "Austin", state: "TX", postalCode: "78701" }, dob: { provided: true },
  ssn: { provided: true, last4: "6789" }, idNumber: null, ownershipPercentage, isControlPerson,
});

/** A business whose company step is done, on its owners step, with a fake `/ubo` and attestation. */
async function renderOwners(ubos: TUboView[], extraRequirements: string[] = []) {
  const customer = newCustomer({ type: "business", requirements: ["ubos.controlPerson", "ubos.attestation", ...extraRequirements, "tos"], ubos, ownershipThreshold: 25, ownersAttestedComplete: false });
  const { model, server } = await renderOnboarding(customer, { heading: "Owners" });
  // Read at each call (business-model.ts), so set after start: start sends nothing on it.
  const sent: Array<{ method: string; path: string; body: unknown }> = [];
  server.api.send = async (method, path, body) => {
    sent.push({ method, path, body });
    return { ok: true, data: { customer: server.state.customer } } as never;
  };
  return { model, server, sent };
}

describe("business owners step", () => {
  afterEach(cleanup);

  it.each([
    ["110 % in total", [owner("a", 50), owner("b", 30)], "30", true, "The owners' shares add up to more than 100 %."],
    ["below 25 % without control", [owner("a", 90, true)], "10", false, "This person owns less than 25 %: raise the share, mark them as a control person, or remove them."],
    ["10 % and in control", [owner("a", 50), owner("b", 30)], "10", true, null],
  ])("shows the ownership rule under the share as it is typed: %s", async (_label, ubos, share, control, message) => {
    await renderOwners(ubos);
    fireEvent.click(screen.getByRole("button", { name: "Add an owner" }));
    const field = screen.getByLabelText("Ownership (%)") as HTMLInputElement;
    fireEvent.input(field, { target: { value: share } });
    fireEvent.blur(field);
    const box = screen.getByLabelText(/controls the business/) as HTMLInputElement;
    if (control) fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(control));
    const error = document.getElementById("f-owner-ownershipPercentage-error");
    expect(error?.textContent ?? null).toBe(message);
    if (message) expect(field.getAttribute("aria-describedby")).toContain("f-owner-ownershipPercentage-error");
  });

  it("names a business's documents step for what it asks, company documents, in the stepper", async () => {
    await renderOwners([owner("a", 100, true)], ["incorporationDocument"]);
    const stepper = screen.getByRole("navigation");
    await waitFor(() => expect(stepper.textContent).toContain("Company documents"));
    expect(stepper.textContent).not.toContain("Identity document");
  });

  it("stops Continue without a control person, next to the list, and sends nothing", async () => {
    const { server, sent } = await renderOwners([owner("a", 60), owner("b", 40)]);
    fireEvent.click(screen.getByLabelText(/every person who owns 25 %/));
    const before = server.state.calls.length;
    fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    await screen.findByText("Mark at least one person who controls the business.");
    expect(server.state.calls.length).toBe(before);
    expect(sent).toEqual([]);
  });

  it("records the attestation on Continue when the list is complete", async () => {
    const { server } = await renderOwners([owner("a", 50), owner("b", 30), owner("c", 10, true)]);
    fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    await screen.findByText("Confirm that the list of owners is complete.");
    fireEvent.click(screen.getByLabelText(/every person who owns 25 %/));
    fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(server.state.calls.at(-1)).toMatchObject({ route: "customer", body: { ownersAttestedComplete: true } }));
  });
});
