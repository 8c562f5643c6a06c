import { submit } from "../models/flow-actions";
import { useFlowApp } from "./flow-strings";
import { StepActions } from "../components/StepActions";
import { StepHeading } from "../components/StepHeading";
import { stepOfRequirement, type TStepId } from "../models/steps";
import { countryName } from "./country-options";

/**
 * Every answer with an edit link. Shows only what the API returns, which is
 * already masked (SSN last 4, date of birth "provided"), so nothing sensitive
 * is re-displayed in full.
 */
export default function ReviewStep() {
  const { model, i18n } = useFlowApp();
  const t = i18n.t;
  const c = model.customer.value!;
  const a = c.address ?? {};
  const missing = c.requirements.filter((path) => stepOfRequirement(path));
  const section = (step: TStepId, rows: Array<[string, string | null | undefined]>) => (
    <section class="review-section" data-review={step} aria-labelledby={"review-" + step}>
      <h3 id={"review-" + step}>{t("steps." + step)}</h3>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}><dt>{label}</dt><dd>{value || t("review.notProvided")}</dd></div>
        ))}
      </dl>
      <button type="button" class="link" onClick={() => model.goTo(step)}>{t("review.edit", { section: t("steps." + step) })}</button>
    </section>
  );
  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void submit(model))}>
      <StepHeading>{t("steps.review")}</StepHeading>
      <p>{t("review.intro")}</p>
      {section("identity", [
        [t("review.name"), [c.firstName, c.lastName].filter(Boolean).join(" ")],
        [t("review.dob"), c.dob?.provided ? t("review.provided") : null],
        [t("identity.email"), c.email],
        [t("identity.phoneNumber"), c.phoneNumber],
      ])}
      {section("address", [
        [t("steps.address"), [a.line1, a.line2, a.city, a.state, a.postalCode, a.country && countryName(a.country, i18n.locale.value)].filter(Boolean).join(", ")],
        ...(a.country === "USA" ? [[t("review.ssn"), c.ssn?.provided ? "•••-••-" + (c.ssn.last4 ?? "••••") : null] as [string, string | null]] : []),
      ])}
      {section("documents", [[t("review.documents"), c.requirements.includes("customerIdentityDocument") ? null : t("review.documentsUploaded")]])}
      {missing.length > 0 && (
        <p class="error" role="alert">{t("review.missing", { items: [...new Set(missing.map((p) => t("steps." + stepOfRequirement(p))))] })}</p>
      )}
      <StepActions label={t("review.submit")} busyLabel={t("review.submitting")} />
    </form>
  );
}
