import { useFlowApp } from "../flow-strings";
import { StepHeading } from "../../components/StepHeading";
import { dueOf, dueSteps } from "../../models/steps";
import { useBusinessText } from "./strings";

/**
 * A business's status: the same as an individual's (pending updates live,
 * approved, rejected, more information needed), and for a prohibited business
 * a polite final message instead of "we couldn't verify you": nothing the user
 * can fix, nothing more to send.
 */
export default function BusinessStatusStep() {
  const { model, i18n } = useFlowApp();
  const t = useBusinessText();
  const c = model.customer.value!;
  const prohibited = c.isProhibitedBusinessType === true;
  const more = !prohibited && (c.kyc === "additionalReviewRequired" || (c.kyc === "incomplete" && dueSteps(dueOf(c), c.type).length > 0));
  return (
    <div class="status" data-kyc={c.kyc} data-prohibited={prohibited ? "true" : undefined}>
      <StepHeading>{i18n.t("steps.status")}</StepHeading>
      <p class="status-message" role="status">{prohibited ? t("status.prohibited") : i18n.t("status." + c.kyc)}</p>
      {c.kyc === "pending" && <div class="spinner" aria-hidden="true" />}
      <div class="actions">
        {more && <button type="button" class="primary" onClick={() => model.resumeFlow()}>{i18n.t("status.continue")}</button>}
        {(c.kyc === "approved" || c.kyc === "rejected" || c.kyc === "pending") && (
          <button type="button" class="secondary" onClick={() => model.exit("done")}>{i18n.t("status.done")}</button>
        )}
      </div>
    </div>
  );
}
