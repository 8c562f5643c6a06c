import { useFlowApp } from "../flow-strings";
import { TextField } from "../../components/TextField";
import type { TOwnerDraft } from "../../models/business-drafts";
import { AddressFields } from "../AddressFields";
import { businessIssueText, useBusinessText } from "./strings";
import { useBusiness } from "./use-business";

type TTextKey = "firstName" | "lastName" | "dobDay" | "dobMonth" | "dobYear" | "ssn" | "idNumber" | "email" | "phoneNumber" | "ownershipPercentage";

/**
 * Add or edit one owner. Core's ownership rules run on every keystroke with this
 * draft in the list, so "over 100 %" or "below the threshold and not a control
 * person" appears right under the share (issue 5). Names are prefixed `owner.`.
 */
export function OwnerForm({ draft }: { draft: TOwnerDraft }) {
  const { model, i18n } = useFlowApp();
  const business = useBusiness();
  const t = useBusinessText();
  const errors = business.ownerErrors.value;
  const threshold = business.threshold.value;
  const error = (path: string) => businessIssueText(t, i18n, errors[path], { threshold });
  const stored = business.ubos.value.find((u) => u.id === draft.id);
  const bind = (key: TTextKey, path: string = key) => ({
    path: "owner." + (path === "dob" ? key : path), value: draft[key], error: error(path),
    onValue: (value: string) => business.editOwnerField(key, value), onBlur: () => business.touch(path),
  });
  const us = draft.address.country === "USA";
  const dobError = error("dob");
  return (
    <fieldset class="group owner-form" data-owner={draft.id ?? "new"}>
      <legend>{draft.id ? t("owners.formTitleEdit") : t("owners.formTitleNew")}</legend>
      <TextField {...bind("firstName")} label={t("owners.firstName")} maxLength={100} />
      <TextField {...bind("lastName")} label={t("owners.lastName")} maxLength={100} />
      <fieldset class="dob" aria-invalid={dobError ? "true" : undefined} aria-describedby={dobError ? "f-owner-dob-error" : undefined}>
        <legend>{t("owners.dob")}</legend>
        {stored?.dob?.provided && <p class="hint">{t("owners.dobOnFile")}</p>}
        <div class="row">
          <TextField {...bind("dobDay", "dob")} error={undefined} label={i18n.t("identity.dobDay")} inputMode="numeric" maxLength={2} />
          <TextField {...bind("dobMonth", "dob")} error={undefined} label={i18n.t("identity.dobMonth")} inputMode="numeric" maxLength={2} />
          <TextField {...bind("dobYear", "dob")} error={undefined} label={i18n.t("identity.dobYear")} inputMode="numeric" maxLength={4} />
        </div>
        {dobError && <p class="error" id="f-owner-dob-error">{dobError}</p>}
      </fieldset>
      <TextField {...bind("email")} label={t("owners.email")} type="email" inputMode="email" dir="ltr" maxLength={254} />
      <TextField {...bind("phoneNumber")} label={t("owners.phoneNumber")} optional={i18n.t("app.optional")} type="tel" inputMode="tel" dir="ltr" maxLength={20} />
      <AddressFields draft={draft.address} prefix="owner." errors={error} onValue={(key, value) => business.editOwnerAddress(key, value)} onBlur={(path) => business.touch(path)} />
      {us && (
        <TextField {...bind("ssn")} label={t("owners.ssn")} hint={stored?.ssn?.provided ? t("owners.ssnOnFile", { last4: stored.ssn.last4 ?? "••••" }) : i18n.t("address.ssnHint")}
          inputMode="numeric" autoComplete="off" dir="ltr" maxLength={11} />
      )}
      {!us && draft.address.country && <TextField {...bind("idNumber")} label={t("owners.idNumber")} autoComplete="off" dir="ltr" maxLength={50} />}
      <TextField {...bind("ownershipPercentage")} label={t("owners.ownershipPercentage")} inputMode="numeric" dir="ltr" maxLength={6} />
      <div class="field checkbox" data-field="owner.isControlPerson">
        <input id="f-owner-isControlPerson" type="checkbox" checked={draft.isControlPerson}
          onChange={(event) => (business.editOwnerField("isControlPerson", event.currentTarget.checked), business.touch("ownershipPercentage"))} />
        <label for="f-owner-isControlPerson">{t("owners.isControlPerson")}</label>
      </div>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => business.cancelOwner()}>{t("owners.cancel")}</button>
        <button type="button" class="primary" disabled={model.saving.value} onClick={() => void business.saveOwner()}>{t("owners.save")}</button>
      </div>
    </fieldset>
  );
}
