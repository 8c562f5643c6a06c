// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { createI18n } from "../../widget/i18n/create-i18n";
import { createCredentials } from "../../widget/app/api/credentials";
import { App } from "../../widget/app/components/App";
import { createOnboardingModel } from "../../widget/app/models/onboarding-model";
import { fakeApi, fakeBridge, newCustomer } from "./fakes";

/** A business with nothing left to fill in, on its review step. */
async function renderBusinessReview() {
  const customer = newCustomer({
    type: "business", requirements: [], name: "Acme Ltd", email: "ops@acme.example",
    address: { country: "DEU", line1: "Hauptstr. 1", city: "Berlin", postalCode: "10115" }, registrationNumber: "HRB 1", ubos: [],
  });
  const credentials = createCredentials("cs_ses_1_x");
  const server = fakeApi(customer, credentials.get);
  const model = createOnboardingModel({ api: server.api, bridge: fakeBridge().bridge, credentials, clock: { now: () => new Date(2026, 0, 15) } });
  render(<App model={model} i18n={createI18n("en")} />);
  await model.start();
  await screen.findByRole("heading", { name: "Review" });
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
