import { acceptTerms } from "../../models/flow-actions";
import { TOS_DISCLAIMER } from "../../../../core/terms/tos-disclaimer";
import { issueText } from "../../components/context";
import { useFlowApp } from "../flow-strings";
import { StepActions } from "../../components/StepActions";
import { StepHeading } from "../../components/StepHeading";
import { useBusinessText } from "./strings";

/**
 * Seed 004's business terms: `tosAccepted` with its exact disclaimer (core/terms,
 * the one place it is written), recorded server-side like an individual's.
 * The sentence is legal text bound to a version, so it is shown as written.
 */
export default function BusinessTermsStep() {
  const { model, i18n } = useFlowApp();
  const t = useBusinessText();
  const error = issueText(i18n, model.errors.value.tos);
  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void acceptTerms(model))}>
      <StepHeading>{i18n.t("steps.terms")}</StepHeading>
      <p>{t("terms.intro")}</p>
      <div class="field checkbox" data-field="tos">
        <input id="f-tos" type="checkbox" checked={model.drafts.value.terms.accepted}
          aria-invalid={error ? "true" : undefined} aria-describedby={error ? "f-tos-error" : undefined}
          onChange={(event) => model.edit("terms", "accepted", event.currentTarget.checked)} />
        <label for="f-tos" class="disclaimer">{TOS_DISCLAIMER}</label>
        {error && <p class="error" id="f-tos-error">{error}</p>}
      </div>
      <StepActions />
    </form>
  );
}
