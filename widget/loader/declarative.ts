import type { OnboardingHandle } from "./onboarding";

type Mount = (target: Element, options: any) => OnboardingHandle;

/**
 * Mounts every `<div data-onboarding-client-secret="…" data-onboarding-server="…"
 * data-onboarding-locale="…">` on the page that is not mounted yet. Events are
 * re-dispatched on the element as bubbling `onboarding:<type>` CustomEvents
 * (detail = payload), so plain HTML hosts can listen without calling mount().
 */
export function mountDeclarative(mount: Mount): void {
  document.querySelectorAll("[data-onboarding-client-secret]").forEach((element) => {
    const data = (element as HTMLElement).dataset;
    if (data.onboardingMounted) return;
    data.onboardingMounted = "1";
    mount(element, {
      clientSecret: data.onboardingClientSecret,
      serverUrl: data.onboardingServer || undefined,
      locale: data.onboardingLocale || undefined,
      onEvent: (event: { type: string; payload: unknown }) =>
        element.dispatchEvent(new CustomEvent("onboarding:" + event.type, { detail: event.payload, bubbles: true })),
    });
  });
}
