import { stepOfRequirement as stepOf } from "../models/steps";
import { useApp } from "./context";

/**
 * Where the user is and what is left: an ordered list with `aria-current="step"`
 * and a visually hidden state per item, so it reads well without the visuals.
 */
export function Stepper() {
  const { model, i18n } = useApp();
  const steps = model.steps.value;
  const current = model.currentStep.value;
  const index = steps.indexOf(current);
  const due = new Set(model.customer.value?.requirements ?? []);
  // A business's documents step is its company documents, not "Identity document": its own name
  // where the business strings (loaded with the later steps) have one, the shared one until then.
  const business = model.customer.value?.type === "business";
  const label = (step: string) => i18n.t(business ? ["business.steps." + step, "steps." + step] : "steps." + step);
  return (
    <nav class="stepper" aria-label={i18n.t("stepper.label")}>
      <p class="stepper-position">{i18n.t("stepper.position", { index: index + 1, total: steps.length })}</p>
      <ol>
        {steps.map((step, i) => {
          const state = step === current ? "current" : i < index || (step !== "review" && step !== "status" && !hasDue(step, due)) ? "done" : "todo";
          return (
            <li key={step} data-state={state} aria-current={step === current ? "step" : undefined}>
              <span>{label(step)}</span>
              <span class="visually-hidden"> ({i18n.t("stepper." + state)})</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function hasDue(step: string, due: Set<string>): boolean {
  for (const path of due) if (stepOf(path) === step) return true;
  return false;
}
