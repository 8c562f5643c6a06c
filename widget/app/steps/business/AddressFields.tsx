import { hasSubdivisions, subdivisionsOf } from "../../../../core/validation/subdivisions";
import { useApp } from "../../components/context";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import type { TAddressDraft } from "../../models/drafts";
import { countryOptions } from "../country-options";

type TAddressKey = Exclude<keyof TAddressDraft, "ssn">;

/**
 * The address fields of the individual flow, for a company or an owner: country
 * first (it decides the state list and postal code format). `prefix` names the
 * paths (`address.city`, `owner.address.city`) so ids stay unique on the page.
 */
export function AddressFields({ draft, prefix, errors, onValue, onBlur }: {
  draft: TAddressDraft; prefix: string; errors: (path: string) => string | undefined;
  onValue: (key: TAddressKey, value: string) => void; onBlur: (path: string) => void;
}) {
  const { i18n } = useApp();
  const t = i18n.t;
  const bind = (key: TAddressKey) => ({
    path: prefix + "address." + key,
    value: draft[key],
    error: errors("address." + key),
    onValue: (value: string) => onValue(key, value),
    onBlur: () => onBlur("address." + key),
  });
  const states = draft.country && hasSubdivisions(draft.country) ? subdivisionsOf(draft.country) ?? [] : null;
  return (
    <>
      <SelectField {...bind("country")} label={t("address.country")} placeholder={t("address.chooseCountry")} options={countryOptions(i18n.locale.value)} />
      <TextField {...bind("line1")} label={t("address.line1")} maxLength={200} />
      <TextField {...bind("line2")} label={t("address.line2")} optional={t("app.optional")} maxLength={200} />
      <TextField {...bind("city")} label={t("address.city")} maxLength={100} />
      {states ? (
        <SelectField {...bind("state")} label={t("address.state")} placeholder={t("address.chooseState")}
          options={states.map((code) => ({ value: code, label: t("subdivisions." + draft.country + "." + code, { defaultValue: code }) }))} />
      ) : (
        <TextField {...bind("state")} label={t("address.state")} optional={t("app.optional")} maxLength={100} />
      )}
      <TextField {...bind("postalCode")} label={t("address.postalCode")} maxLength={12} />
    </>
  );
}
