import type { ComponentType } from "preact";
import { h } from "preact";
import { useApp } from "../components/context";
import { loadAddressRules } from "../models/step-forms";
import type { TStepId } from "../models/steps";
import { IdentityStep } from "./IdentityStep";
import { lazyStep } from "./lazy-step";

const loading = () => h("p", { class: "loading" }, "…");

/**
 * Only the first step (identity) is in the entry; every later step is its own
 * chunk, preloaded in the background once the first step is usable (issue 7:
 * first step ≤ 40 KB gzip). Address carries the country/subdivision tables.
 */
// The address rules (country tables) come with the address step: see models/step-forms.ts.
const AddressStep = lazyStep(() => loadAddressRules().then(() => import("./AddressStep")), loading);
const TermsStep = lazyStep(() => import("./TermsStep"), loading);
const DocumentsStep = lazyStep(() => import("./DocumentsStep"), loading);
const ReviewStep = lazyStep(() => import("./ReviewStep"), loading);
const StatusStep = lazyStep(() => import("./StatusStep"), loading);
// Business (issue 5): chunks of their own, so an individual's first step doesn't grow.
const BUSINESS = {
  type: lazyStep(() => import("./business/TypeStep"), loading),
  company: lazyStep(() => import("./business/CompanyStep"), loading),
  owners: lazyStep(() => import("./business/OwnersStep"), loading),
  documents: lazyStep(() => import("./business/BusinessDocumentsStep"), loading),
  terms: lazyStep(() => import("./business/BusinessTermsStep"), loading),
  review: lazyStep(() => import("./business/BusinessReviewStep"), loading),
  status: lazyStep(() => import("./business/BusinessStatusStep"), loading),
};

/** A step both flows have, in the variant of the customer's type. */
const byType = (individual: ComponentType, business: ComponentType) => () =>
  h(useApp().model.customer.value?.type === "business" ? business : individual, null);

/** The component for each step id. */
export const STEP_COMPONENTS: Record<TStepId, ComponentType> = {
  type: BUSINESS.type,
  identity: IdentityStep,
  address: AddressStep,
  company: BUSINESS.company,
  owners: BUSINESS.owners,
  documents: byType(DocumentsStep, BUSINESS.documents),
  terms: byType(TermsStep, BUSINESS.terms),
  review: byType(ReviewStep, BUSINESS.review),
  status: byType(StatusStep, BUSINESS.status),
};

/** Fetches the business chunks once a business step is on screen. */
export function preloadBusinessSteps(): void {
  for (const step of Object.values(BUSINESS)) void step.preload().catch(() => undefined);
}

/** Fetches the lazy chunks in the background once the first step is usable. */
export function preloadLaterSteps(): void {
  void AddressStep.preload().catch(() => undefined);
  void TermsStep.preload().catch(() => undefined);
  void DocumentsStep.preload().catch(() => undefined);
  void ReviewStep.preload().catch(() => undefined);
  void StatusStep.preload().catch(() => undefined);
}
