import { useFlowApp } from "./flow-strings";
import { StepHeading } from "../components/StepHeading";
import { dueSteps } from "../models/steps";

/**
 * Pending (updates live: the model follows SSE or polls), approved, rejected,
 * or "more information needed", which sends the user back into the flow for
 * exactly what is now required.
 */
export default function StatusStep() {
  const { model, i18n } = useFlowApp();
  const t = i18n.t;
  const c = model.customer.value!;
  const more = c.kyc === "additionalReviewRequired" || (c.kyc === "incomplete" && dueSteps(c.requirements).length > 0);
  return (
    <div class="status" data-kyc={c.kyc}>
      <StepHeading>{t("steps.status")}</StepHeading>
      <p class="status-message">{t("status." + c.kyc)}</p>
      {c.kyc === "pending" && <div class="spinner" aria-hidden="true" />}
      <div class="actions">
        {more && <button type="button" class="primary" onClick={() => model.resumeFlow()}>{t("status.continue")}</button>}
        {(c.kyc === "approved" || c.kyc === "rejected" || c.kyc === "pending") && (
          <button type="button" class="secondary" onClick={() => model.exit("done")}>{t("status.done")}</button>
        )}
      </div>
    </div>
  );
}
