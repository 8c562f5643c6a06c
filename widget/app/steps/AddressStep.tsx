import { issueText } from "../components/context";
import { useFlowApp } from "./flow-strings";
import { StepActions } from "../components/StepActions";
import { StepHeading } from "../components/StepHeading";
import { TextField } from "../components/TextField";
import { asksSsn } from "../validation/address-rules";
import { AddressFields } from "./AddressFields";

/**
 * Country first (it decides the state list, the postal code format and whether
 * an SSN is asked), then the address lines, then the SSN for US residents.
 */
export default function AddressStep() {
  const { model, i18n } = useFlowApp();
  const t = i18n.t;
  const draft = model.drafts.value.address;
  const errors = model.errors.value;
  const bind = (key: "ssn") => ({
    path: key,
    value: draft[key],
    error: issueText(i18n, errors[key]),
    onValue: (value: string) => model.edit("address", key, value),
    onBlur: () => model.touch(key),
  });
  const ssn = model.customer.value?.ssn;
  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void model.saveStep())}>
      <StepHeading>{t("steps.address")}</StepHeading>
      <p>{t("address.intro")}</p>
      <AddressFields draft={draft} prefix="" errors={(path) => issueText(i18n, errors[path])} autofill
        onValue={(key, value) => model.edit("address", key, value)} onBlur={(path) => model.touch(path)} />
      {asksSsn(draft) && (
        <TextField {...bind("ssn")} label={t("address.ssn")} optional={ssn?.provided ? t("app.optional") : undefined}
          hint={ssn?.provided ? t("address.ssnOnFile", { last4: ssn.last4 ?? "••••" }) : t("address.ssnHint")}
          inputMode="numeric" autoComplete="off" dir="ltr" maxLength={11} />
      )}
      <StepActions />
    </form>
  );
}
