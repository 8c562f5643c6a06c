import { useState } from "preact/hooks";
import { issueText } from "../components/context";
import { useFlowApp } from "./flow-strings";
import { StepActions } from "../components/StepActions";
import { HandoffPanel } from "../components/HandoffPanel";
import { StepHeading } from "../components/StepHeading";
import { businessDocumentSlots } from "../models/business-steps";
import { documentSlots } from "../models/steps";
import { businessIssueText, useBusinessText } from "./business/strings";
import { useBusiness } from "./business/use-business";
import { DocumentSlot } from "./DocumentSlot";

/**
 * The documents still due (loaded lazily: most of the flow's weight after the
 * first step). Slots are planned when the step opens, so a finished upload stays
 * visible instead of vanishing. A business uploads the company documents, then one
 * identity document per owner, each slot showing its own reason after Continue.
 */
export default function DocumentsStep() {
  const { model } = useFlowApp();
  return model.customer.value?.type === "business" ? <BusinessDocuments /> : <IndividualDocuments />;
}

function IndividualDocuments() {
  const { model, i18n } = useFlowApp();
  // When nothing is due (an edit from review), offer the identity document.
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

function BusinessDocuments() {
  const { model, i18n } = useFlowApp();
  const business = useBusiness();
  const bt = useBusinessText();
  const t = i18n.t;
  const [slots] = useState(() => businessDocumentSlots(model.customer.peek()!));
  const errors = business.documentErrors.value;
  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void business.continueDocuments())}>
      <StepHeading>{t("business.steps.documents")}</StepHeading>
      <p>{t("business.documents.intro")}</p>
      {slots.map((slot) => (
        <DocumentSlot key={slot.key} type={slot.type} uboId={slot.uboId} required
          label={slot.uboId ? t("business.documents.ownerIdentity", { name: slot.ownerName || "—" }) : t("business.documents." + slot.type)}
          error={businessIssueText(bt, i18n, errors[slot.key])} />
      ))}
      <StepActions />
    </form>
  );
}
