import { ZBusinessType, ZEstimatedAnnualRevenueUsd, ZHighRiskActivity, ZSourceOfFundsDescription } from "../../../../core/customer/enums";
import { useFlowApp } from "../flow-strings";
import { SelectField } from "../../components/SelectField";
import { StepActions } from "../../components/StepActions";
import { StepHeading } from "../../components/StepHeading";
import { TextField } from "../../components/TextField";
import type { TCompanyDraft } from "../../models/business-drafts";
import { AddressFields } from "../AddressFields";
import { CheckboxesField, YesNoField } from "./ChoiceFields";
import { businessIssueText, useBusinessText } from "./strings";
import { useBusiness } from "./use-business";

type TTextKey = "name" | "ein" | "registrationNumber" | "description" | "website" | "email" | "phoneNumber" | "expectedMonthlyPaymentsUsd" | "transmitsCustomerFundsDescription" | "thirdPartyMessage";

/**
 * The company and seed 004's KYB questions with their exact enums (option labels
 * translated, values sent as the seed spells them). EIN for a US business, a
 * registration number elsewhere; the follow-up texts appear only after "Yes".
 */
export default function CompanyStep() {
  const { model, i18n } = useFlowApp();
  const business = useBusiness();
  const t = useBusinessText();
  const d = business.company.value;
  const errors = business.companyErrors.value;
  const error = (path: string) => businessIssueText(t, i18n, errors[path]);
  const bind = (key: TTextKey) => ({
    path: key, value: d[key], error: error(key),
    onValue: (value: string) => business.editCompany(key, value), onBlur: () => business.touch(key),
  });
  const choice = (key: keyof TCompanyDraft, prefix: string, values: readonly string[]) => ({
    path: key, value: d[key] as string, error: error(key), placeholder: t("company.chooseOne"),
    options: values.map((value) => ({ value, label: t(prefix + "." + value) })),
    onValue: (value: string) => business.editCompany(key, value as never), onBlur: () => business.touch(key),
  });
  const yesNo = (key: "operatesInProhibitedCountries" | "transmitsCustomerFunds" | "thirdParty", label: string) => ({
    path: key, label, value: d[key], error: error(key), yes: t("yes"), no: t("no"),
    onValue: (value: "yes" | "no") => (business.editCompany(key, value), business.touch(key)),
  });
  const us = d.address.country === "USA";
  const ein = model.customer.value?.ein;
  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void business.saveCompany())}>
      <StepHeading>{t("steps.company")}</StepHeading>
      <p>{t("company.intro")}</p>
      <TextField {...bind("name")} label={t("company.name")} autoComplete="organization" maxLength={200} />
      <TextField {...bind("description")} label={t("company.description")} maxLength={1000} />
      <TextField {...bind("website")} label={t("company.website")} optional={i18n.t("app.optional")} type="text" inputMode="text" dir="ltr" maxLength={200} />
      <SelectField {...choice("businessType", "businessType", ZBusinessType.options)} label={t("company.businessType")} optional={i18n.t("app.optional")} />
      <TextField {...bind("email")} label={t("company.email")} type="email" inputMode="email" dir="ltr" maxLength={254} />
      <TextField {...bind("phoneNumber")} label={t("company.phoneNumber")} hint={i18n.t("identity.phoneHint")} type="tel" inputMode="tel" dir="ltr" maxLength={20} />
      <fieldset class="group">
        <legend>{t("company.address")}</legend>
        <AddressFields draft={d.address} prefix="" errors={error} onValue={(key, value) => business.editCompanyAddress(key, value)} onBlur={(path) => business.touch(path)} />
      </fieldset>
      {us && (
        <TextField {...bind("ein")} label={t("company.ein")} optional={ein?.provided ? i18n.t("app.optional") : undefined}
          hint={ein?.provided ? t("company.einOnFile", { last4: ein.last4 ?? "••••" }) : t("company.einHint")} inputMode="numeric" autoComplete="off" dir="ltr" maxLength={10} />
      )}
      {!us && d.address.country && <TextField {...bind("registrationNumber")} label={t("company.registrationNumber")} dir="ltr" maxLength={50} />}
      <fieldset class="group">
        <legend>{t("company.kyb")}</legend>
        <SelectField {...choice("estimatedAnnualRevenueUsd", "revenue", ZEstimatedAnnualRevenueUsd.options)} label={t("company.estimatedAnnualRevenueUsd")} />
        <TextField {...bind("expectedMonthlyPaymentsUsd")} label={t("company.expectedMonthlyPaymentsUsd")} inputMode="numeric" dir="ltr" maxLength={13} />
        <SelectField {...choice("sourceOfFundsDescription", "source", ZSourceOfFundsDescription.options)} label={t("company.sourceOfFundsDescription")} />
        <YesNoField {...yesNo("operatesInProhibitedCountries", t("company.operatesInProhibitedCountries"))} />
        <CheckboxesField path="highRiskActivities" label={t("company.highRiskActivities")} hint={t("company.highRiskHint")} error={error("highRiskActivities")}
          options={ZHighRiskActivity.options.map((value) => ({ value, label: t("activity." + value) }))} values={d.highRiskActivities}
          onToggle={(value, on) => (business.toggleActivity(value, on), business.touch("highRiskActivities"))} />
        <YesNoField {...yesNo("transmitsCustomerFunds", t("company.transmitsCustomerFunds"))} />
        {d.transmitsCustomerFunds === "yes" && <TextField {...bind("transmitsCustomerFundsDescription")} label={t("company.transmitsCustomerFundsDescription")} maxLength={1000} />}
        <YesNoField {...yesNo("thirdParty", t("company.thirdParty"))} />
        {d.thirdParty === "yes" && <TextField {...bind("thirdPartyMessage")} label={t("company.thirdPartyMessage")} maxLength={1000} />}
      </fieldset>
      <StepActions />
    </form>
  );
}
