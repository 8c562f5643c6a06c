import type { MountOptions, OnboardingHandle, OnboardingEvent } from "./onboarding";
import { checkOptions } from "./check-options";
import { sessionIdOf } from "./client-secret";
import { readEnvelope, wrap, type Message } from "./envelope";
import { call, report } from "./report";

const HANDSHAKE_TIMEOUT_MS = 20_000;
const INERT: OnboardingHandle = { unmount() {}, update() {} };
// One widget per element: mounting again replaces the first, so a re-render of the host
// (or a script loaded twice) never stacks two iframes (react-plaid-link #103).
const mounted = new WeakMap<Element, OnboardingHandle>();

/**
 * Creates the iframe in `target` and bridges its events to the host's callbacks.
 * Never throws; invalid input returns an inert handle after reporting through onError.
 * @example
 * const widget = mountWidget("#kyc", { clientSecret, onComplete: ({ kyc }) => … }, "https://onboard.example");
 */
export function mountWidget(target: Element | string, options: MountOptions, defaultServerUrl: string): OnboardingHandle {
  try {
    const problem = checkOptions(options);
    if (problem) return report(options, { code: "invalid_options", message: problem }), INERT;
    const element = typeof target == "string" ? document.querySelector(target) : target;
    if (!element || !element.appendChild)
      return report(options, { code: "invalid_target", message: "Expected target to be an element or a selector that matches one, got " + String(target) }), INERT;
    const server = new URL(options.serverUrl || defaultServerUrl);
    mounted.get(element)?.unmount();
    const handle = connect(element, options, server.origin);
    mounted.set(element, handle);
    return handle;
  } catch (error) {
    return report(options, { code: "invalid_options", message: String(error) }), INERT;
  }
}

function connect(element: Element, options: MountOptions, serverOrigin: string): OnboardingHandle {
  // The iframe validates these with core/protocol's schemas; a rejected `init` shows the default look.
  let pending: { locale?: string; theme?: object; strings?: object } = { locale: options.locale, theme: options.theme, strings: options.strings };
  let port: MessagePort | undefined;
  const iframe = document.createElement("iframe");
  iframe.title = "Identity verification";
  // Camera for document photos; without `allow` browsers block getUserMedia in iframes (onfido PR #1612).
  iframe.allow = "camera";
  // Only the attribute-less, CSP-safe way to style: properties set from script, never a style="" string.
  iframe.style.border = "0";
  iframe.style.width = "100%";
  iframe.style.minHeight = "320px";
  iframe.src = serverOrigin + "/embed/" + sessionIdOf(options.clientSecret) + "#clientSecret=" + encodeURIComponent(options.clientSecret) + "&mode=loader";

  const timeout = setTimeout(() => report(options, { code: "handshake_timeout", message: "The widget did not start: check serverUrl and that this page's origin is in the session's allowedOrigins" }), HANDSHAKE_TIMEOUT_MS);

  function onWindowMessage(event: MessageEvent): void {
    // MDN postMessage security: check source AND exact origin before reading anything.
    if (event.source !== iframe.contentWindow || event.origin !== serverOrigin) return;
    const message = readEnvelope(event.data);
    if (!message || message.type != "hello") return;
    clearTimeout(timeout);
    port?.close();
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = (portEvent) => {
      const data = readEnvelope(portEvent.data);
      if (data) dispatch(data);
    };
    // The only data we send to the window names its exact origin; the port rides along.
    iframe.contentWindow!.postMessage(wrap("init", pending), serverOrigin, [channel.port2]);
  }

  function dispatch({ type, payload }: Message): void {
    if (type == "resize" && payload.height >= 0) iframe.style.height = Math.ceil(+payload.height) + "px";
    if (type == "ready") call(() => options.onReady?.());
    if (type == "step") call(() => options.onStep?.(payload as any));
    if (type == "complete") call(() => options.onComplete?.(payload as any));
    if (type == "exit") call(() => options.onExit?.(payload as any));
    if (type == "error") report(options, payload as any);
    if (type == "tokenExpired") refresh();
    call(() => options.onEvent?.({ type, payload } as OnboardingEvent));
  }

  function refresh(): void {
    Promise.resolve()
      .then(() => options.onTokenExpired?.())
      .then((secret) => {
        if (typeof secret == "string") port?.postMessage(wrap("refreshToken", { clientSecret: secret }));
      })
      .catch((error) => report(options, { code: "token_refresh_failed", message: String(error) }));
  }

  addEventListener("message", onWindowMessage);
  element.appendChild(iframe);
  return {
    unmount() {
      clearTimeout(timeout);
      removeEventListener("message", onWindowMessage);
      port?.close();
      iframe.remove();
    },
    update(next) {
      pending = { ...pending, ...next };
      port?.postMessage(wrap("update", next || {}));
    },
  };
}
