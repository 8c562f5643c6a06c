import { hasSubdivisions, subdivisionsOf } from "../../../core/validation/subdivisions";
import { SelectField } from "../components/SelectField";
import { TextField } from "../components/TextField";
import type { TAddressDraft } from "../models/drafts";
import { subdivisionName } from "../../i18n/subdivision-names";
import { countryOptions } from "./country-options";
import { useFlowApp } from "./flow-strings";

export type TAddressKey = Exclude<keyof TAddressDraft, "ssn">;

/** Countries whose postal codes are digits only: phones show the number pad (others need letters). */
const NUMERIC_POSTAL_CODES = new Set(["USA", "DEU", "FRA", "ESP", "ITA", "MEX", "AUS", "AUT", "BEL", "CHE", "DNK", "NOR", "FIN", "SAU", "ARE", "EGY", "MAR", "DZA", "TUN"]);

/**
 * The address fields, for the individual's address step, a company or an owner (one copy in the
 * `flow` chunk): country first (it decides the state list and
 * postal code format). `prefix` names the paths (`address.city`, `owner.address.city`) so ids stay
 * unique on the page; `autofill` (the user's own home address only) sets the address autocomplete.
 */
export function AddressFields({ draft, prefix, errors, onValue, onBlur, autofill }: {
  draft: TAddressDraft; prefix: string; errors: (path: string) => string | undefined;
  onValue: (key: TAddressKey, value: string) => void; onBlur: (path: string) => void; autofill?: boolean;
}) {
  const { i18n } = useFlowApp();
  const t = i18n.t;
  const bind = (key: TAddressKey, autoComplete: string) => ({
    path: prefix + "address." + key,
    value: draft[key],
    error: errors("address." + key),
    onValue: (value: string) => onValue(key, value),
    onBlur: () => onBlur("address." + key),
    autoComplete: autofill ? autoComplete : undefined,
  });
  const states = draft.country && hasSubdivisions(draft.country) ? subdivisionsOf(draft.country) ?? [] : null;
  return (
    <>
      <SelectField {...bind("country", "country")} label={t("address.country")} placeholder={t("address.chooseCountry")} options={countryOptions(i18n.locale.value)} />
      <TextField {...bind("line1", "address-line1")} label={t("address.line1")} maxLength={200} />
      <TextField {...bind("line2", "address-line2")} label={t("address.line2")} optional={t("app.optional")} maxLength={200} />
      <TextField {...bind("city", "address-level2")} label={t("address.city")} maxLength={100} />
      {states ? (
        <SelectField {...bind("state", "address-level1")} label={t("address.state")} placeholder={t("address.chooseState")}
          options={states.map((code) => ({ value: code, label: t("address.subdivisionOption", { name: subdivisionName(draft.country, code) ?? code, code }) }))} />
      ) : (
        <TextField {...bind("state", "address-level1")} label={t("address.state")} optional={t("app.optional")} maxLength={100} />
      )}
      <TextField {...bind("postalCode", "postal-code")} label={t("address.postalCode")} maxLength={12}
        inputMode={NUMERIC_POSTAL_CODES.has(draft.country) ? "numeric" : "text"} dir="ltr" />
    </>
  );
}
