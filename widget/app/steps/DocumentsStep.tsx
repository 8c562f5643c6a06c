import { useState } from "preact/hooks";
import { issueText } from "../components/context";
import { useFlowApp } from "./flow-strings";
import { StepActions } from "../components/StepActions";
import { HandoffPanel } from "../components/HandoffPanel";
import { StepHeading } from "../components/StepHeading";
import { documentSlots } from "../models/steps";
import { DocumentSlot } from "./DocumentSlot";

/**
 * The documents still due (loaded lazily: most of the flow's weight after the
 * first step). Slots come from the requirements planned when the step opened,
 * so a finished upload stays visible instead of vanishing.
 */
export default function DocumentsStep() {
  const { model, i18n } = useFlowApp();
  // Planned once when the step opens; when nothing is due (an edit from review), offer the identity document.
  const [slots] = useState(() => {
    const due = documentSlots(model.customer.peek()?.requirements ?? []);
    return due.length ? due : documentSlots(["customerIdentityDocument"]);
  });
  const error = issueText(i18n, model.errors.value.documents);
  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void model.saveStep())}>
      <StepHeading>{i18n.t("steps.documents")}</StepHeading>
      <p>{i18n.t("documents.intro")}</p>
      {slots.map((slot) => <DocumentSlot key={slot.type} {...slot} />)}
      {error && <p class="error" id="f-documents-error">{error}</p>}
      <HandoffPanel />
      <StepActions />
    </form>
  );
}
