/**
 * ESM entry (`import { mount } from "<server>/v1/onboarding.mjs"`).
 * When bundled into a host app, `import.meta.url` is the host's own URL: pass `serverUrl`.
 */
import type { MountOptions, OnboardingHandle } from "./onboarding";
import { mountWidget } from "./mount";

export type * from "./onboarding";

/** Mounts the widget; see `onboarding.d.ts` for the options and events. */
export function mount(target: Element | string, options: MountOptions): OnboardingHandle {
  return mountWidget(target, options, new URL(import.meta.url).origin);
}
