import { submit } from "../../models/flow-actions";
import { useFlowApp } from "../flow-strings";
import { StepActions } from "../../components/StepActions";
import { StepHeading } from "../../components/StepHeading";
import { businessDocumentSlots } from "../../models/business-steps";
import { stepOfRequirement, type TStepId } from "../../models/steps";
import { useBusinessText } from "./strings";

/**
 * Company, owners and documents with edit links, then submit. Only what the API
 * returns is shown, already masked (EIN and SSN last 4). A refused submit
 * (`requirements_outstanding`) lists the sections still due.
 */
export default function BusinessReviewStep() {
  const { model, i18n } = useFlowApp();
  const t = useBusinessText();
  const c = model.customer.value!;
  const a = c.address ?? {};
  const due = [...c.requirements, ...Object.keys(model.errors.value)];
  const missing = [...new Set(due.map((path) => stepOfRequirement(path, "business")).filter(Boolean))] as TStepId[];
  const section = (step: TStepId, title: string, rows: Array<[string, string | null | undefined]>) => (
    <section class="review-section" data-review={step} aria-labelledby={"review-" + step}>
      <h3 id={"review-" + step}>{title}</h3>
      <dl>{rows.map(([label, value], i) => <div key={i}><dt>{label}</dt><dd>{value || i18n.t("review.notProvided")}</dd></div>)}</dl>
      <button type="button" class="link" onClick={() => model.goTo(step)}>{i18n.t("review.edit", { section: title })}</button>
    </section>
  );
  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void submit(model))}>
      <StepHeading>{i18n.t("steps.review")}</StepHeading>
      <p>{i18n.t("review.intro")}</p>
      {section("company", t("review.company"), [
        [t("company.name"), c.name],
        [c.address?.country === "USA" ? t("company.ein") : t("company.registrationNumber"), c.ein?.provided ? "••-•••" + (c.ein.last4 ?? "") : c.registrationNumber],
        [t("company.address"), [a.line1, a.line2, a.city, a.state, a.postalCode, a.country].filter(Boolean).join(", ")],
        [t("company.email"), c.email],
        [t("company.highRiskActivities"), (c.highRiskActivities ?? []).map((v) => t("activity." + v)).join(", ")],
      ])}
      {section("owners", t("review.owners"), (c.ubos ?? []).map((u) => [
        [u.firstName, u.lastName].filter(Boolean).join(" "),
        t("owners.share", { percent: u.ownershipPercentage ?? "?" }) + (u.isControlPerson ? " · " + t("owners.controlPerson") : ""),
      ]))}
      {section("documents", t("review.documents"), businessDocumentSlots(c).map((s) => [
        s.uboId ? t("documents.ownerIdentity", { name: s.ownerName }) : t("documents." + s.type),
        s.due ? null : t("review.onFile"),
      ]))}
      {missing.length > 0 && (
        <p class="error" role="alert">{i18n.t("review.missing", { items: missing.map((step) => t("steps." + step, { defaultValue: i18n.t("steps." + step) })).join(", ") })}</p>
      )}
      <StepActions label={i18n.t("review.submit")} busyLabel={i18n.t("review.submitting")} />
    </form>
  );
}
