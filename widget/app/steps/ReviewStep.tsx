import { submit } from "../models/flow-actions";
import { useFlowApp } from "./flow-strings";
import { StepActions } from "../components/StepActions";
import { StepHeading } from "../components/StepHeading";
import { stepOfRequirement, type TStepId } from "../models/steps";
import { BusinessReviewSections } from "./business/BusinessReviewSections";
import { countryName } from "./country-options";
import { ReviewSection } from "./ReviewSection";

/**
 * Every answer with an edit link, then submit. Shows only what the API returns,
 * which is already masked (SSN and EIN last 4, date of birth "provided"), so
 * nothing sensitive is re-displayed in full. The steps still due are listed; for a
 * business also those of a refused submit (`requirements_outstanding`, by path).
 */
export default function ReviewStep() {
  const { model, i18n } = useFlowApp();
  const t = i18n.t;
  const c = model.customer.value!;
  const a = c.address ?? {};
  const isBusiness = c.type === "business";
  const paths = isBusiness ? [...c.requirements, ...Object.keys(model.errors.value)] : c.requirements;
  const missing = [...new Set(paths.map((path) => stepOfRequirement(path, c.type)).filter(Boolean))] as TStepId[];
  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void submit(model))}>
      <StepHeading>{t("steps.review")}</StepHeading>
      <p>{t("review.intro")}</p>
      {isBusiness ? <BusinessReviewSections /> : (
        <>
          <ReviewSection step="identity" title={t("steps.identity")} rows={[
            [t("review.name"), [c.firstName, c.lastName].filter(Boolean).join(" ")],
            [t("review.dob"), c.dob?.provided ? t("review.provided") : null],
            [t("identity.email"), c.email],
            [t("identity.phoneNumber"), c.phoneNumber],
          ]} />
          <ReviewSection step="address" title={t("steps.address")} rows={[
            [t("steps.address"), [a.line1, a.line2, a.city, a.state, a.postalCode, a.country && countryName(a.country, i18n.locale.value)].filter(Boolean).join(", ")],
            ...(a.country === "USA" ? [[t("review.ssn"), c.ssn?.provided ? "•••-••-" + (c.ssn.last4 ?? "••••") : null] as [string, string | null]] : []),
          ]} />
          <ReviewSection step="documents" title={t("steps.documents")} rows={[
            [t("review.documents"), c.requirements.includes("customerIdentityDocument") ? null : t("review.documentsUploaded")],
          ]} />
        </>
      )}
      {missing.length > 0 && (
        <p class="error" role="alert">
          {t("review.missing", { items: missing.map((step) => (isBusiness ? t("business.steps." + step, { defaultValue: t("steps." + step) }) : t("steps." + step))) })}
        </p>
      )}
      <StepActions label={t("review.submit")} busyLabel={t("review.submitting")} />
    </form>
  );
}
