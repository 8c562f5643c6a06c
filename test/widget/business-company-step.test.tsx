// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { newCustomer } from "./fakes";
import { renderOnboarding } from "./render-onboarding";

/** A new business on its company step. */
function renderCompany() {
  const customer = newCustomer({ type: "business", requirements: ["name", "email", "phoneNumber", "description", "address.country", "estimatedAnnualRevenueUsd", "tos"], ubos: [], ownershipThreshold: 25 });
  return renderOnboarding(customer, { heading: "Company" });
}

const errorOf = (path: string) => document.getElementById(`f-${path}-error`)?.textContent ?? null;

describe("business company step", () => {
  afterEach(cleanup);

  it("continuing blank says which fields are required, and never asks the optional ones", async () => {
    const { model } = await renderCompany();
    fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(errorOf("name")).toBe("This field is required."));
    // Blank is "required", not the format hint meant for a mistyped address.
    expect(errorOf("email")).toBe("This field is required.");
    expect(errorOf("phoneNumber")).toBe("This field is required.");
    // Website and business type may stay unanswered: marked so, and no error under them.
    expect(screen.getByLabelText("Business type (optional)").tagName).toBe("SELECT");
    expect(screen.getByLabelText("Website (optional)")).toBeTruthy();
    expect(errorOf("businessType")).toBeNull();
    expect(errorOf("website")).toBeNull();
    expect(model.currentStep.value).toBe("company");
  });

  it("a mistyped email gets the format hint", async () => {
    await renderCompany();
    const email = screen.getByLabelText("Business email");
    fireEvent.input(email, { target: { value: "ops@" } });
    fireEvent.blur(email);
    await waitFor(() => expect(errorOf("email")).toBe("Enter an email address like name@example.com."));
  });
});
