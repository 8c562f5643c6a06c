import { useFlowApp } from "./flow-strings";
import { StepHeading } from "../components/StepHeading";
import { dueOf, dueSteps } from "../models/steps";

/**
 * Pending (updates live: the model follows SSE or polls), approved, rejected,
 * or "more information needed", which sends the user back into the flow for
 * exactly what is now required. One step for both types: a business also counts
 * an open type choice as due, and a prohibited one gets a polite final message
 * instead of "we couldn't verify you": nothing to fix, nothing more to send.
 */
export default function StatusStep() {
  const { model, i18n } = useFlowApp();
  const t = i18n.t;
  const c = model.customer.value!;
  const isBusiness = c.type === "business";
  const prohibited = c.isProhibitedBusinessType === true;
  const more = !prohibited && (c.kyc === "additionalReviewRequired" || (c.kyc === "incomplete" && dueSteps(isBusiness ? dueOf(c) : c.requirements, c.type).length > 0));
  return (
    <div class="status" data-kyc={c.kyc} data-prohibited={prohibited ? "true" : undefined}>
      <StepHeading>{t("steps.status")}</StepHeading>
      <p class="status-message" role={isBusiness ? "status" : undefined}>{prohibited ? t("business.status.prohibited") : t("status." + c.kyc)}</p>
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
