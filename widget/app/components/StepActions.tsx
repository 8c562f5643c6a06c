import { useApp } from "./context";

/** The primary action of a step (a submit button, so Enter works in every field) and a Back link. */
export function StepActions({ label, busyLabel }: { label?: string; busyLabel?: string }) {
  const { model, i18n } = useApp();
  const steps = model.steps.value;
  const previous = steps[steps.indexOf(model.currentStep.value) - 1];
  const busy = model.saving.value;
  return (
    <div class="actions">
      {previous && previous !== "status" && (
        <button type="button" class="secondary" onClick={() => model.goTo(previous)}>
          {i18n.t("app.back")}
        </button>
      )}
      <button type="submit" class="primary" disabled={busy} aria-disabled={busy}>
        {busy ? busyLabel ?? i18n.t("app.saving") : label ?? i18n.t("app.continue")}
      </button>
    </div>
  );
}
