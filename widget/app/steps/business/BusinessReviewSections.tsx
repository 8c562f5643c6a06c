import { useFlowApp } from "../flow-strings";
import { businessDocumentSlots } from "../../models/business-steps";
import { ReviewSection } from "../ReviewSection";
import { useBusinessText } from "./strings";

/** A business's part of the review (steps/ReviewStep.tsx): company, owners and documents. */
export function BusinessReviewSections() {
  const { model } = useFlowApp();
  const t = useBusinessText();
  const c = model.customer.value!;
  const a = c.address ?? {};
  return (
    <>
      <ReviewSection step="company" title={t("review.company")} rows={[
        [t("company.name"), c.name],
        [a.country === "USA" ? t("company.ein") : t("company.registrationNumber"), c.ein?.provided ? "••-•••" + (c.ein.last4 ?? "") : c.registrationNumber],
        [t("company.address"), [a.line1, a.line2, a.city, a.state, a.postalCode, a.country].filter(Boolean).join(", ")],
        [t("company.email"), c.email],
        [t("company.highRiskActivities"), (c.highRiskActivities ?? []).map((v) => t("activity." + v)).join(", ")],
      ]} />
      <ReviewSection step="owners" title={t("review.owners")} rows={(c.ubos ?? []).map((u) => [
        [u.firstName, u.lastName].filter(Boolean).join(" "),
        t("owners.share", { percent: u.ownershipPercentage ?? "?" }) + (u.isControlPerson ? " · " + t("owners.controlPerson") : ""),
      ])} />
      <ReviewSection step="documents" title={t("review.documents")} rows={businessDocumentSlots(c).map((s) => [
        s.uboId ? t("documents.ownerIdentity", { name: s.ownerName }) : t("documents." + s.type),
        s.due ? null : t("review.onFile"),
      ])} />
    </>
  );
}
