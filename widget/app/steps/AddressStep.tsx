import { hasSubdivisions, subdivisionsOf } from "../../../core/validation/subdivisions";
import { useApp, issueText } from "../components/context";
import { SelectField } from "../components/SelectField";
import { StepActions } from "../components/StepActions";
import { StepHeading } from "../components/StepHeading";
import { TextField } from "../components/TextField";
import type { TAddressDraft } from "../models/drafts";
import { asksSsn } from "../validation/address-rules";
import { subdivisionName } from "../../i18n/subdivision-names";
import { countryOptions } from "./country-options";

/** Countries whose postal codes are digits only: phones show the number pad (others need letters). */
const NUMERIC_POSTAL_CODES = new Set(["USA", "DEU", "FRA", "ESP", "ITA", "MEX", "AUS", "AUT", "BEL", "CHE", "DNK", "NOR", "FIN", "SAU", "ARE", "EGY", "MAR", "DZA", "TUN"]);

/**
 * Country first (it decides the state list, the postal code format and whether
 * an SSN is asked), then the address lines, then the SSN for US residents.
 */
export default function AddressStep() {
  const { model, i18n } = useApp();
  const t = i18n.t;
  const draft = model.drafts.value.address;
  const errors = model.errors.value;
  const bind = (key: keyof TAddressDraft) => {
    const path = key === "ssn" ? "ssn" : "address." + key;
    return {
      path,
      value: draft[key],
      error: issueText(i18n, errors[path]),
      onValue: (value: string) => model.edit("address", key, value),
      onBlur: () => model.touch(path),
    };
  };
  const states = draft.country && hasSubdivisions(draft.country) ? subdivisionsOf(draft.country) ?? [] : null;
  const ssn = model.customer.value?.ssn;
  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void model.saveStep())}>
      <StepHeading>{t("steps.address")}</StepHeading>
      <p>{t("address.intro")}</p>
      <SelectField {...bind("country")} label={t("address.country")} placeholder={t("address.chooseCountry")} options={countryOptions(i18n.locale.value)} autoComplete="country" />
      <TextField {...bind("line1")} label={t("address.line1")} autoComplete="address-line1" maxLength={200} />
      <TextField {...bind("line2")} label={t("address.line2")} optional={t("app.optional")} autoComplete="address-line2" maxLength={200} />
      <TextField {...bind("city")} label={t("address.city")} autoComplete="address-level2" maxLength={100} />
      {states ? (
        <SelectField {...bind("state")} label={t("address.state")} placeholder={t("address.chooseState")} autoComplete="address-level1"
          options={states.map((code) => ({ value: code, label: t("address.subdivisionOption", { name: subdivisionName(draft.country, code) ?? code, code }) }))} />
      ) : (
        <TextField {...bind("state")} label={t("address.state")} optional={t("app.optional")} autoComplete="address-level1" maxLength={100} />
      )}
      <TextField {...bind("postalCode")} label={t("address.postalCode")} autoComplete="postal-code" maxLength={12}
        inputMode={NUMERIC_POSTAL_CODES.has(draft.country) ? "numeric" : "text"} dir="ltr" />
      {asksSsn(draft) && (
        <TextField {...bind("ssn")} label={t("address.ssn")} optional={ssn?.provided ? t("app.optional") : undefined}
          hint={ssn?.provided ? t("address.ssnOnFile", { last4: ssn.last4 ?? "••••" }) : t("address.ssnHint")}
          inputMode="numeric" autoComplete="off" dir="ltr" maxLength={11} />
      )}
      <StepActions />
    </form>
  );
}
