/**
 * Entry of the iframe app (`/embed/<sessionId>`): wires the real dependencies
 * (fetch, window, clock) into the API client, bridge and model, then renders.
 * Everything below this file takes its dependencies as arguments.
 */
import { config } from "zod/mini";
import { render } from "preact";
import { createI18n } from "../i18n/create-i18n";
import { createLocaleChoice } from "../i18n/locale-choice";
import { createCredentials } from "./api/credentials";
import { createWidgetApi } from "./api/widget-api";
import { createChildBridge } from "./bridge/child-bridge";
import { followHostOptions } from "./bridge/host-options";
import { watchResize } from "./bridge/watch-resize";
import { App } from "./components/App";
import { readLaunchParams } from "./launch-params";
import { createHandoffModel } from "./models/handoff-model";
import { createOnboardingModel } from "./models/onboarding-model";
import { preloadLaterSteps } from "./steps";
import "./styles/app.css";

// zod's JIT compiles validators with `new Function`, which our `script-src 'self'`
// CSP forbids (no 'unsafe-eval'); jitless skips even the probe, so no CSP report fires.
config({ jitless: true });

const params = readLaunchParams(location);
const credentials = createCredentials(params.clientSecret);
const api = createWidgetApi({ baseUrl: location.origin, getClientSecret: credentials.get, fetch: fetch.bind(window) });
const bridge = createChildBridge({ window, mode: params.mode });
const i18n = createI18n(null);
const locales = createLocaleChoice(i18n, navigator.languages ?? [navigator.language]);
// `?locale=` in the embed URL (raw-iframe hosts, the handoff link) counts as the host's choice.
if (params.locale) void locales.set("host", params.locale);
// Photo downscaling is needed only on the documents step: it loads with the later steps.
const prepareUpload = (file: Blob) => import("./media/downscale-image").then((media) => media.downscaleImage(file));
const model = createOnboardingModel({ api, bridge, credentials, clock: { now: () => new Date() }, prepareUpload });
const handoff = createHandoffModel({ api, receive: model.receive, available: !params.handoff });
const root = document.getElementById("onboarding-root") ?? document.body;

followHostOptions(bridge, { i18n, locales, root: document.documentElement });
void model.start().then(() => {
  void locales.set("session", model.session.value?.locale);
  watchResize(root, bridge);
});
render(<App model={model} i18n={i18n} handoff={handoff} onFirstRender={() => setTimeout(preloadLaterSteps, 500)} />, root);
