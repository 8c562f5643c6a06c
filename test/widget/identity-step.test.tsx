// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { newCustomer } from "./fakes";
import { renderOnboarding } from "./render-onboarding";

function renderApp(customer = newCustomer(), heading = "About you") {
  return renderOnboarding(customer, { heading, today: new Date(2025, 5, 1) });
}

describe("identity step", () => {
  afterEach(cleanup);

  it("labels every field and marks the current step in the stepper", async () => {
    const { view, host } = await renderApp();
    for (const label of ["First name", "Last name", "Day", "Month", "Year", "Email", "Phone number"]) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    const current = view.container.querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain("About you");
    expect(screen.getByText("Step 1 of 6")).toBeTruthy();
    expect(view.container.querySelector("main")?.getAttribute("data-step")).toBe("identity");
    await waitFor(() => expect(host.types()).toEqual(["ready", "step"]));
  });

  it("shows an error next to the field while typing, linked by aria-describedby", async () => {
    await renderApp();
    const email = screen.getByLabelText("Email") as HTMLInputElement;
    fireEvent.input(email, { target: { value: "ada@" } });
    fireEvent.blur(email);
    const error = await screen.findByText("Enter an email address like name@example.com.");
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(email.getAttribute("aria-describedby")).toContain(error.id);
    fireEvent.input(email, { target: { value: "ada@example.com" } });
    await waitFor(() => expect(email.getAttribute("aria-invalid")).toBeNull());
  });

  it("continuing with empty fields shows every error; a valid step moves on and focuses the new heading", async () => {
    const { model } = await renderApp();
    fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    await screen.findAllByText("This field can't be empty.");
    // A blank email or phone is "required", not the format hint meant for a mistyped one.
    for (const path of ["email", "phoneNumber"]) expect(document.getElementById(`f-${path}-error`)?.textContent).toBe("This field is required.");
    const values: Record<string, string> = { "First name": "Ada", "Last name": "Lovelace", Day: "10", Month: "12", Year: "1990", Email: "ada@example.com", "Phone number": "+14155552671" };
    for (const [label, value] of Object.entries(values)) fireEvent.input(screen.getByLabelText(label), { target: { value } });
    fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    const heading = await screen.findByRole("heading", { name: "Home address" });
    expect(model.currentStep.value).toBe("address");
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it("asks the SSN on the address step only when the country is the USA", async () => {
    const { model } = await renderApp(newCustomer({ firstName: "A", lastName: "B", email: "a@b.co", phoneNumber: "+14155552671", dob: { provided: true }, requirements: ["address.line1", "address.country", "tos"] }), "Home address");
    expect(screen.queryByLabelText(/Social Security number/)).toBeNull();
    fireEvent.change(screen.getByLabelText("Country"), { target: { value: "USA" } });
    expect(await screen.findByLabelText(/Social Security number/)).toBeTruthy();
    expect(screen.getByLabelText("State, province or region").tagName).toBe("SELECT");
    expect(model.drafts.value.address.country).toBe("USA");
  });
});
