/**
 * IIFE entry (`<server>/v1/onboarding.js`): installs `window.Onboarding`, replays calls
 * queued by the stub snippet (README.md), and mounts declarative elements.
 * Repeat-safe: a second copy of the script finds the real global and does nothing
 * (react-plaid-link #103/#107: scripts loaded twice and ready races).
 */
import type { OnboardingHandle } from "./onboarding";
import { mountWidget } from "./mount";
import { mountDeclarative } from "./declarative";

type Stub = { q?: Array<[Element | string, any, QueuedHandle]> };
type QueuedHandle = OnboardingHandle & { c?: Array<[keyof OnboardingHandle, any]> };

const VERSION = "1";
const script = document.currentScript as HTMLScriptElement | null;
// Default server: wherever this script was served from.
const defaultServer = script && script.src ? new URL(script.src).origin : location.origin;

const existing = (window as any).Onboarding as (Stub & { version?: string }) | undefined;
if (!existing || !existing.version) {
  const mount = (target: Element | string, options: any) => mountWidget(target, options, defaultServer);
  (window as any).Onboarding = { mount, version: VERSION };
  for (const [target, options, queued] of existing?.q || []) {
    // The stub returned `queued` to the host already: make it the live handle and replay its calls.
    const real = mount(target, options);
    for (const [method, arg] of queued.c || []) real[method](arg);
    queued.unmount = real.unmount;
    queued.update = real.update;
  }
  const scan = () => mountDeclarative(mount);
  if (document.readyState == "loading") addEventListener("DOMContentLoaded", scan);
  else scan();
}
