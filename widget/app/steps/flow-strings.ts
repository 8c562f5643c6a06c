import type { TI18n } from "../../i18n/create-i18n";
import business from "../../i18n/locales/en-business";
import enFlow from "../../i18n/locales/en-flow";
import { useApp } from "../components/context";

/** The i18n instances that have the later steps' English already (one per widget; tests make more). */
const added = new WeakSet<TI18n>();

/**
 * `useApp()` for the later steps of both flows: their English (locales/en-flow.ts, and the
 * business steps' locales/en-business.ts under `business.`) comes with the `flow` chunk, not
 * with the first step (issue 7), and is added here before any of it is read.
 */
export function useFlowApp(): ReturnType<typeof useApp> {
  const app = useApp();
  if (!added.has(app.i18n)) {
    added.add(app.i18n);
    app.i18n.addEnglish({ ...enFlow, business });
  }
  return app;
}
