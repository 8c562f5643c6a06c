import type { ComponentType } from "preact";
import { h } from "preact";
import type { TStepId } from "../models/steps";
import { IdentityStep } from "./IdentityStep";
import { lazyStep } from "./lazy-step";

const loading = () => h("p", { class: "loading" }, "…");

/**
 * Only the first step (identity) is in the entry; every later step is its own
 * chunk, preloaded in the background once the first step is usable (issue 7:
 * first step ≤ 40 KB gzip). Address carries the country/subdivision tables.
 */
const AddressStep = lazyStep(() => import("./AddressStep"), loading);
const TermsStep = lazyStep(() => import("./TermsStep"), loading);
const DocumentsStep = lazyStep(() => import("./DocumentsStep"), loading);
const ReviewStep = lazyStep(() => import("./ReviewStep"), loading);
const StatusStep = lazyStep(() => import("./StatusStep"), loading);

/** The component for each step id. */
export const STEP_COMPONENTS: Record<TStepId, ComponentType> = {
  identity: IdentityStep,
  address: AddressStep,
  documents: DocumentsStep,
  terms: TermsStep,
  review: ReviewStep,
  status: StatusStep,
};

/** Fetches the lazy chunks in the background once the first step is usable. */
export function preloadLaterSteps(): void {
  void AddressStep.preload().catch(() => undefined);
  void TermsStep.preload().catch(() => undefined);
  void DocumentsStep.preload().catch(() => undefined);
  void ReviewStep.preload().catch(() => undefined);
  void StatusStep.preload().catch(() => undefined);
}
