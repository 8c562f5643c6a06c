import { useState } from "preact/hooks";
import { useFlowApp } from "../flow-strings";
import { StepActions } from "../../components/StepActions";
import { StepHeading } from "../../components/StepHeading";
import { businessDocumentSlots } from "../../models/business-steps";
import { DocumentSlot } from "../DocumentSlot";
import { businessIssueText, useBusinessText } from "./strings";
import { useBusiness } from "./use-business";

/**
 * Company documents, then one identity document per owner, with the individual
 * flow's upload slot (camera, drag and drop, progress, retry). Slots are planned
 * when the step opens, so a finished upload stays visible; a missing one shows
 * its reason in its own slot after Continue.
 */
export default function BusinessDocumentsStep() {
  const { model, i18n } = useFlowApp();
  const business = useBusiness();
  const t = useBusinessText();
  const [slots] = useState(() => businessDocumentSlots(model.customer.peek()!));
  const errors = business.documentErrors.value;
  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void business.continueDocuments())}>
      <StepHeading>{t("steps.documents")}</StepHeading>
      <p>{t("documents.intro")}</p>
      {slots.map((slot) => (
        <DocumentSlot key={slot.key} type={slot.type} uboId={slot.uboId} required
          label={slot.uboId ? t("documents.ownerIdentity", { name: slot.ownerName || "—" }) : t("documents." + slot.type)}
          error={businessIssueText(t, i18n, errors[slot.key])} />
      ))}
      <StepActions />
    </form>
  );
}
