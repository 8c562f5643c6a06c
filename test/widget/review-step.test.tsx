// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { newCustomer } from "./fakes";
import { renderOnboarding } from "./render-onboarding";

/** A business with nothing left to fill in, on its review step. */
async function renderBusinessReview() {
  const customer = newCustomer({
    type: "business", requirements: [], name: "Acme Ltd", email: "ops@acme.example",
    address: { country: "DEU", line1: "Hauptstr. 1", city: "Berlin", postalCode: "10115" }, registrationNumber: "HRB 1", ubos: [],
  });
  const { server } = await renderOnboarding(customer, { heading: "Review" });
  return { server };
}

describe("review step (business)", () => {
  afterEach(cleanup);

  it("shows the company's answers with a link back to each section", async () => {
    await renderBusinessReview();
    expect(screen.getByRole("heading", { name: "Company" })).toBeTruthy();
    expect(screen.getByText("Acme Ltd")).toBeTruthy();
    expect(screen.getByText("Hauptstr. 1, Berlin, 10115, DEU")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Edit Owners" })).toBeTruthy();
  });

  it("lists the sections a refused submit names, as a list in words", async () => {
    const { server } = await renderBusinessReview();
    server.routes.submit = () => ({
      ok: false,
      error: {
        code: "requirements_outstanding", message: "Fill in what is still required.", status: 422,
        fields: [{ path: "name", code: "required", message: "Required." }, { path: "ubos.controlPerson", code: "required", message: "Required." }],
      },
    });
    fireEvent.click(screen.getByRole("button", { name: "Submit for verification" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Still needed: Company and Owners");
  });
});
