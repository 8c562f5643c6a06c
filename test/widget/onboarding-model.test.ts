import { describe, expect, it } from "vitest";
import { createCredentials } from "../../widget/app/api/credentials";
import { createOnboardingModel } from "../../widget/app/models/onboarding-model";
import { fakeApi, fakeBridge, newCustomer } from "./fakes";
import type { TCustomerView } from "../../widget/app/api/types";
import { submit, uploadDocument } from "../../widget/app/models/flow-actions";

function setup(customer: TCustomerView = newCustomer()) {
  const credentials = createCredentials("cs_ses_1_old");
  const server = fakeApi(customer, credentials.get);
  const host = fakeBridge();
  const model = createOnboardingModel({ api: server.api, bridge: host.bridge, credentials, clock: { now: () => new Date(2025, 5, 1) }, renewalTimeoutMs: 200 });
  return { model, server, host, credentials };
}

function fillIdentity(model: ReturnType<typeof setup>["model"]) {
  const values = { firstName: "Ada", lastName: "Lovelace", dobDay: "10", dobMonth: "12", dobYear: "1990", email: "ada@example.com", phoneNumber: "+14155552671" } as const;
  for (const [key, value] of Object.entries(values)) model.edit("identity", key as never, value as never);
}

describe("onboarding model", () => {
  it("resumes at the first step still due and keeps done steps in the stepper", async () => {
    const { model } = setup(newCustomer({ firstName: "Ada", lastName: "L", email: "a@b.co", phoneNumber: "+14155552671", dob: { provided: true }, requirements: ["customerIdentityDocument", "tos"] }));
    await model.start();
    expect(model.currentStep.value).toBe("documents");
    expect(model.steps.value).toEqual(["documents", "terms", "review", "status"]);
    expect(model.drafts.value.identity.firstName).toBe("Ada");
  });

  it("opens a submitted session on the status page", async () => {
    const { model } = setup(newCustomer({ kyc: "pending", requirements: [] }));
    await model.start();
    expect(model.currentStep.value).toBe("status");
  });

  it("emits ready once the first step rendered, then step, saved and the next step", async () => {
    const { model, host } = setup();
    await model.start();
    model.markRendered();
    fillIdentity(model);
    expect(await model.saveStep()).toBe(true);
    expect(host.types()).toEqual(["ready", "step", "saved", "step"]);
    expect(host.events[1]!.payload).toEqual({ id: "identity", index: 0, total: 6 });
    expect(host.events[3]!.payload).toEqual({ id: "address", index: 1, total: 6 });
  });

  it("does not call the API when the step is invalid, and shows the errors", async () => {
    const { model, server } = setup();
    await model.start();
    model.edit("identity", "email", "not-an-email");
    expect(await model.saveStep()).toBe(false);
    expect(server.state.calls.map((c) => c.route)).toEqual(["session"]);
    expect(model.errors.value.email?.code).toBe("invalid_email");
    expect(model.errors.value.firstName?.code).toBe("too_short");
  });

  it("maps server field errors onto the fields, and clears one when the user edits it", async () => {
    const { model, server } = setup();
    server.routes.customer = () => ({ ok: false, error: { code: "validation_failed", message: "bad", status: 422, fields: [{ path: "phoneNumber", code: "invalid_phone_number", message: "Not a real number." }, { path: "dob.year", code: "underage", message: "Too young." }] } });
    await model.start();
    fillIdentity(model);
    expect(await model.saveStep()).toBe(false);
    expect(model.errors.value.phoneNumber?.message).toBe("Not a real number.");
    expect(model.errors.value.dob?.code).toBe("underage");
    expect(model.currentStep.value).toBe("identity");
    model.edit("identity", "phoneNumber", "+14155552672");
    expect(model.errors.value.phoneNumber).toBeUndefined();
  });

  it("on an expired secret asks the host, keeps the drafts and retries with the new secret", async () => {
    const { model, server, host } = setup();
    await model.start();
    fillIdentity(model);
    let first = true;
    const save = server.routes.customer!;
    server.routes.customer = (body, secret) => {
      if (first) return (first = false), { ok: false, error: { code: "client_secret_expired", message: "expired", status: 401 } };
      return save(body, secret);
    };
    const saving = model.saveStep();
    await Promise.resolve();
    await Promise.resolve();
    expect(host.types()).toContain("tokenExpired");
    expect(model.phase.value).toBe("refreshing");
    host.fromHost({ channel: "open-onboarding", v: 1, type: "refreshToken", payload: { clientSecret: "cs_ses_1_new" } });
    expect(await saving).toBe(true);
    const saves = server.state.calls.filter((c) => c.route === "customer");
    expect(saves.map((c) => c.secret)).toEqual(["cs_ses_1_old", "cs_ses_1_new"]);
    expect(saves[1]!.body).toMatchObject({ firstName: "Ada", dob: { day: 10, month: 12, year: 1990 } });
    expect(model.phase.value).toBe("ready");
  });

  it("gives up after the renewal timeout: expired phase, error and exit to the host", async () => {
    const { model, server, host } = setup();
    await model.start();
    fillIdentity(model);
    server.routes.customer = () => ({ ok: false, error: { code: "client_secret_expired", message: "expired", status: 401 } });
    expect(await model.saveStep()).toBe(false);
    expect(model.phase.value).toBe("expired");
    expect(host.types().slice(-3)).toEqual(["tokenExpired", "error", "exit"]);
    expect(model.drafts.value.identity.firstName).toBe("Ada");
  });

  it("after submit follows the status live: submitted, status(pending), status(approved), complete", async () => {
    const { model, server, host } = setup(newCustomer({ requirements: [] }));
    await model.start();
    expect(model.currentStep.value).toBe("review");
    expect(await submit(model)).toBe(true);
    expect(model.currentStep.value).toBe("status");
    server.push({ kyc: "pending", requirements: [] });
    server.push({ kyc: "approved", requirements: [] });
    const tail = host.events.filter((e) => ["submitted", "status", "complete"].includes(e.type));
    expect(tail.map((e) => [e.type, e.payload])).toEqual([
      ["submitted", {}],
      ["status", { kyc: "pending" }],
      ["status", { kyc: "approved" }],
      ["complete", { kyc: "approved" }],
    ]);
  });

  it("additional review sends the user back to what is now due", async () => {
    const { model, server } = setup(newCustomer({ kyc: "pending", requirements: [] }));
    await model.start();
    server.push({ kyc: "additionalReviewRequired", requirements: ["proofOfAddressDocument"] });
    model.resumeFlow();
    expect(model.currentStep.value).toBe("documents");
  });

  it("uploads a document with progress and continues when nothing required is left", async () => {
    const { model } = setup(newCustomer({ requirements: ["customerIdentityDocument", "tos"] }));
    await model.start();
    expect(await model.saveStep()).toBe(false); // nothing uploaded yet
    await uploadDocument(model, "identityDocumentFront", new Blob(["x"], { type: "image/png" }));
    expect(model.uploads.value.identityDocumentFront?.state).toBe("done");
    expect(await model.saveStep()).toBe(true);
    expect(model.currentStep.value).toBe("terms");
  });
});
