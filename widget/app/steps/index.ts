import type { ComponentType } from "preact";
import { h } from "preact";
import { loadAddressRules } from "../models/step-forms";
import type { TStepId } from "../models/steps";
import { IdentityStep } from "./IdentityStep";
import { lazyStep } from "./lazy-step";

const loading = () => h("p", { class: "loading" }, "…");

/**
 * Only the first step (identity) is in the entry; every later step, of either flow, is
 * lazy: one `flow` chunk (widget/lazy-chunks.ts), preloaded in the background once the
 * first step is usable (issue 7: first step ≤ 40 KB gzip).
 */
const LATER = {
  // The address rules (country tables) come with the address step: see models/step-forms.ts.
  address: lazyStep(() => loadAddressRules().then(() => import("./AddressStep")), loading),
  documents: lazyStep(() => import("./DocumentsStep"), loading),
  terms: lazyStep(() => import("./TermsStep"), loading),
  review: lazyStep(() => import("./ReviewStep"), loading),
  status: lazyStep(() => import("./StatusStep"), loading),
  // Business (issue 5): the steps only a business has.
  type: lazyStep(() => import("./business/TypeStep"), loading),
  company: lazyStep(() => import("./business/CompanyStep"), loading),
  owners: lazyStep(() => import("./business/OwnersStep"), loading),
};

/** The component for each step id; documents, terms, review and status serve both types. */
export const STEP_COMPONENTS: Record<TStepId, ComponentType> = { ...LATER, identity: IdentityStep };

/** Fetches the later steps in the background once the first step is usable. */
export function preloadLaterSteps(): void {
  for (const step of Object.values(LATER)) void step.preload().catch(() => undefined);
}
