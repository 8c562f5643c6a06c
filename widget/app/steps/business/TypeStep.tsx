import { useFlowApp } from "../flow-strings";
import { StepHeading } from "../../components/StepHeading";
import { useBusinessText } from "./strings";
import { useBusiness } from "./use-business";

/** Shown only when the session left the type open (issue 5): one button per type, saved at once. */
export default function TypeStep() {
  const { model } = useFlowApp();
  const business = useBusiness();
  const t = useBusinessText();
  const busy = model.saving.value;
  return (
    <div class="type-choice">
      <StepHeading>{t("steps.type")}</StepHeading>
      <p id="type-intro">{t("type.intro")}</p>
      <div class="actions" role="group" aria-labelledby="type-intro">
        <button type="button" class="secondary" data-type="individual" disabled={busy} onClick={() => void business.chooseType("individual")}>{t("type.individual")}</button>
        <button type="button" class="primary" data-type="business" disabled={busy} onClick={() => void business.chooseType("business")}>{t("type.business")}</button>
      </div>
    </div>
  );
}
