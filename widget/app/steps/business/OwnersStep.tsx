import { totalOwnership } from "../../../../core/kyb/ownership-rules";
import { useFlowApp } from "../flow-strings";
import { StepActions } from "../../components/StepActions";
import { StepHeading } from "../../components/StepHeading";
import { OwnerForm } from "./OwnerForm";
import { businessIssueText, useBusinessText } from "./strings";
import { useBusiness } from "./use-business";

/**
 * The beneficial owners: the list (edit, remove), one form at a time, the list's
 * rules next to the list (total, control person) and each person's share, and the
 * attestation checkbox. Continue records the attestation (issue 5).
 */
export default function OwnersStep() {
  const { i18n } = useFlowApp();
  const business = useBusiness();
  const t = useBusinessText();
  const ubos = business.ubos.value;
  const threshold = business.threshold.value;
  const draft = business.owner.value;
  const errors = business.listErrors.value;
  const error = (path: string) => businessIssueText(t, i18n, errors[path], { threshold });
  const listError = error("ubos") ?? error("ubos.controlPerson");
  const attestation = error("ubos.attestation");
  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void business.continueOwners())}>
      <StepHeading>{t("steps.owners")}</StepHeading>
      <p>{t("owners.intro", { threshold })}</p>
      <ul class="owners" data-field="ubos" aria-describedby={listError ? "f-ubos-error" : undefined}>
        {ubos.length === 0 && <li class="hint">{t("owners.none")}</li>}
        {ubos.map((ubo) => {
          const name = [ubo.firstName, ubo.lastName].filter(Boolean).join(" ") || "—";
          const share = error(`ubos.${ubo.id}.ownershipPercentage`);
          return (
            <li key={ubo.id} data-owner={ubo.id}>
              <span class="owner-name">{name}</span>{" "}
              <span>{t("owners.share", { percent: ubo.ownershipPercentage ?? "?" })}</span>{" · "}
              <span>{ubo.isControlPerson ? t("owners.controlPerson") : t("owners.owner")}</span>
              {/* On a line of their own: at phone width they ran into the role ("Control personEdit …"). */}
              <div class="owner-actions">
                <button type="button" class="link" onClick={() => business.editOwner(ubo.id)}>{t("owners.edit", { name })}</button>
                <button type="button" class="link" onClick={() => void business.removeOwner(ubo.id)}>{t("owners.remove", { name })}</button>
              </div>
              {share && <p class="error" id={`f-ubos-${ubo.id}-ownershipPercentage-error`}>{share}</p>}
            </li>
          );
        })}
      </ul>
      <p class="hint">{t("owners.total", { total: totalOwnership(ubos) })}</p>
      {listError && <p class="error" id="f-ubos-error">{listError}</p>}
      {draft ? <OwnerForm draft={draft} /> : (
        <button type="button" class="secondary" onClick={() => business.editOwner(null)}>{t("owners.add")}</button>
      )}
      <div class="field checkbox" data-field="ubos.attestation">
        <input id="f-ubos-attestation" type="checkbox" checked={business.attested.value}
          aria-invalid={attestation ? "true" : undefined} aria-describedby={attestation ? "f-ubos-attestation-error" : undefined}
          onChange={(event) => business.setAttested(event.currentTarget.checked)} />
        <label for="f-ubos-attestation">{t("owners.attestation", { threshold })}</label>
        {attestation && <p class="error" id="f-ubos-attestation-error">{attestation}</p>}
      </div>
      <StepActions />
    </form>
  );
}
