import { useEffect } from "preact/hooks";
import type { TI18n } from "../../i18n/create-i18n";
import type { THandoffModel } from "../models/handoff-model";
import type { TOnboardingModel } from "../models/onboarding-model";
import { STEP_COMPONENTS } from "../steps";
import { AppContext, useApp } from "./context";
import { LiveRegion } from "./LiveRegion";
import { Stepper } from "./Stepper";

/** The whole widget: header with stepper, the current step, a live region and "finish later". */
export function App({ model, i18n, handoff, onFirstRender }: { model: TOnboardingModel; i18n: TI18n; handoff?: THandoffModel; onFirstRender?: () => void }) {
  return (
    <AppContext.Provider value={{ model, i18n, handoff }}>
      <Shell onFirstRender={onFirstRender} />
    </AppContext.Provider>
  );
}

function Shell({ onFirstRender }: { onFirstRender?: () => void }) {
  const { model, i18n } = useApp();
  const t = i18n.t;
  const phase = model.phase.value;
  const step = model.currentStep.value;
  const Step = STEP_COMPONENTS[step];
  const ready = phase === "ready" || phase === "refreshing";
  const lang = i18n.locale.value;
  const dir = i18n.dir();
  // The document root carries lang and dir too (issue 6: `dir="rtl"` on the root), so
  // the scrollbar side, form controls and screen-reader voice follow the language.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }, [lang, dir]);
  useEffect(() => {
    if (!ready) return;
    model.markRendered();
    onFirstRender?.();
  }, [ready]);
  return (
    <div class="app" lang={lang} dir={dir}>
      <header>
        <h1>{t("app.title")}</h1>
        {ready && <Stepper />}
      </header>
      <main data-step={ready ? step : undefined} data-phase={phase}>
        {phase === "loading" && <p class="loading">{t("app.loading")}</p>}
        {phase === "fatal" && (
          <>
            <p class="error" role="alert">{t("app.fatal")}</p>
            <button type="button" class="secondary" onClick={() => location.reload()}>{t("app.retry")}</button>
          </>
        )}
        {phase === "expired" && <p class="error" role="alert">{t("app.expired")}</p>}
        {phase === "refreshing" && <p class="notice">{t("app.refreshing")}</p>}
        {ready && <Step key={step} />}
      </main>
      <LiveRegion />
      {ready && step !== "status" && (
        <footer>
          <button type="button" class="link" onClick={() => model.exit("user")}>{t("app.saveAndExit")}</button>
        </footer>
      )}
    </div>
  );
}
