import { useApp, issueText } from "../components/context";
import { StepActions } from "../components/StepActions";
import { StepHeading } from "../components/StepHeading";
import { TextField } from "../components/TextField";
import type { TIdentityDraft } from "../models/drafts";

/** Names, date of birth (three fields: no date-picker locale surprises), email, phone. */
export function IdentityStep() {
  const { model, i18n } = useApp();
  const t = i18n.t;
  const draft = model.drafts.value.identity;
  const errors = model.errors.value;
  const dobOnFile = Boolean(model.customer.value?.dob?.provided);
  const bind = (key: keyof TIdentityDraft, path: string = key) => ({
    path,
    value: draft[key],
    error: issueText(i18n, errors[path]),
    onValue: (value: string) => model.edit("identity", key, value),
    onBlur: () => model.touch(path),
  });
  const dobError = issueText(i18n, errors.dob);
  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void model.saveStep())}>
      <StepHeading>{t("steps.identity")}</StepHeading>
      <p>{t("identity.intro")}</p>
      <TextField {...bind("firstName")} label={t("identity.firstName")} autoComplete="given-name" maxLength={100} />
      <TextField {...bind("lastName")} label={t("identity.lastName")} autoComplete="family-name" maxLength={100} />
      <fieldset class="dob" aria-describedby={dobError ? "f-dob-error" : dobOnFile ? "f-dob-hint" : undefined} aria-invalid={dobError ? "true" : undefined}>
        <legend>{t("identity.dob")}</legend>
        {dobOnFile && <p class="hint" id="f-dob-hint">{t("identity.dobOnFile")}</p>}
        <div class="row">
          <TextField {...bind("dobDay", "dob")} path="dob.day" error={undefined} label={t("identity.dobDay")} inputMode="numeric" autoComplete="bday-day" maxLength={2} />
          <TextField {...bind("dobMonth", "dob")} path="dob.month" error={undefined} label={t("identity.dobMonth")} inputMode="numeric" autoComplete="bday-month" maxLength={2} />
          <TextField {...bind("dobYear", "dob")} path="dob.year" error={undefined} label={t("identity.dobYear")} inputMode="numeric" autoComplete="bday-year" maxLength={4} />
        </div>
        {dobError && <p class="error" id="f-dob-error">{dobError}</p>}
      </fieldset>
      <TextField {...bind("email")} label={t("identity.email")} type="email" autoComplete="email" inputMode="email" dir="ltr" maxLength={254} />
      <TextField {...bind("phoneNumber")} label={t("identity.phoneNumber")} hint={t("identity.phoneHint")} type="tel" autoComplete="tel" inputMode="tel" dir="ltr" maxLength={20} />
      <StepActions />
    </form>
  );
}
