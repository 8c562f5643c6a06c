import { render, screen } from "@testing-library/preact";
import { createCredentials } from "../../widget/app/api/credentials";
import type { TCustomerView } from "../../widget/app/api/types";
import { App } from "../../widget/app/components/App";
import { createOnboardingModel } from "../../widget/app/models/onboarding-model";
import { createI18n, type TI18n } from "../../widget/i18n/create-i18n";
import { fakeApi, fakeBridge, newCustomer } from "./fakes";

export type TRenderOptions = {
  /** Waits until the step with this heading shows. */
  heading?: string;
  /** The widget's today (age rules); default 15 January 2026. */
  today?: Date;
  /** Default English. */
  i18n?: TI18n;
};

/**
 * The whole widget app as a user meets it, on a fake widget API and host bridge:
 * rendered, started, and (with `heading`) on that step.
 *
 * @example const { model, server } = await renderOnboarding(newCustomer({ type: "business" }), { heading: "Company" });
 */
export async function renderOnboarding(customer: TCustomerView = newCustomer(), { heading, today = new Date(2026, 0, 15), i18n = createI18n("en") }: TRenderOptions = {}) {
  const credentials = createCredentials("cs_ses_1_x");
  const server = fakeApi(customer, credentials.get);
  const host = fakeBridge();
  const model = createOnboardingModel({ api: server.api, bridge: host.bridge, credentials, clock: { now: () => today } });
  const view = render(<App model={model} i18n={i18n} />);
  await model.start();
  if (heading) await screen.findByRole("heading", { name: heading });
  return { model, server, host, view, i18n };
}
