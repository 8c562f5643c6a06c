import { TOS_DISCLAIMER } from "../../../core/terms/tos-disclaimer";
import { acceptTerms } from "../models/flow-actions";
import { issueText } from "../components/context";
import { useFlowApp } from "./flow-strings";
import { StepActions } from "../components/StepActions";
import { StepHeading } from "../components/StepHeading";

/**
 * The disclaimer and one checkbox; the acceptance is recorded server-side (`POST /v1/widget/terms`).
 * A business accepts seed 004's terms: `tosAccepted` with its exact disclaimer (core/terms, the one
 * place it is written) as the checkbox's label; that sentence is legal text bound to a version, so it
 * is shown as written, untranslated.
 */
export default function TermsStep() {
  const { model, i18n } = useFlowApp();
  const t = i18n.t;
  const isBusiness = model.customer.value?.type === "business";
  const error = issueText(i18n, model.errors.value.tos);
  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void acceptTerms(model))}>
      <StepHeading>{t("steps.terms")}</StepHeading>
      <p>{isBusiness ? t("business.terms.intro") : t("terms.intro")}</p>
      {!isBusiness && <p class="disclaimer">{t("terms.disclaimer")}</p>}
      <div class="field checkbox" data-field="tos">
        <input id="f-tos" type="checkbox" checked={model.drafts.value.terms.accepted}
          aria-invalid={error ? "true" : undefined} aria-describedby={error ? "f-tos-error" : undefined}
          onChange={(event) => model.edit("terms", "accepted", event.currentTarget.checked)} />
        {isBusiness ? <label for="f-tos" class="disclaimer">{TOS_DISCLAIMER}</label> : <label for="f-tos">{t("terms.accept")}</label>}
        {error && <p class="error" id="f-tos-error">{error}</p>}
      </div>
      <StepActions />
    </form>
  );
}
