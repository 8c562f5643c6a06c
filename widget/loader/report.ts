import type { MountOptions, OnboardingError } from "./onboarding";

/**
 * Sends an error to the host's onError and logs one prefixed console line.
 * Never throws: a host callback that throws is itself only logged, because an
 * embed must not break the page that hosts it (formbricks/stripe-js habit).
 */
export function report(options: Partial<MountOptions> | undefined, error: OnboardingError): void {
  console.error("[onboarding] " + error.code + ": " + error.message);
  call(() => options?.onError?.(error));
}

/** Runs a host callback; a throw is logged, never propagated. */
export function call(callback: () => unknown): void {
  try {
    callback();
  } catch (error) {
    console.error("[onboarding] a callback threw:", error);
  }
}
