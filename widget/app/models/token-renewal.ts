import type { TBridge } from "../bridge/child-bridge";
import type { TCredentials } from "../api/credentials";

/** How long to wait for the host to answer `tokenExpired` before giving up. */
export const RENEWAL_TIMEOUT_MS = 30_000;

/**
 * Asks the host for a new client secret (`tokenExpired` → `refreshToken`) and
 * resolves true once it arrived, false on timeout. Concurrent callers share one
 * request, so three failed saves never ask the host three times.
 */
export function createTokenRenewal(deps: { bridge: TBridge; credentials: TCredentials; timeoutMs?: number }) {
  let pending: Promise<boolean> | null = null;
  let settle: ((renewed: boolean) => void) | null = null;

  /** Called with a secret from the host (`refreshToken` message). */
  function accept(clientSecret: string): void {
    deps.credentials.set(clientSecret);
    settle?.(true);
  }

  function renew(): Promise<boolean> {
    pending ??= new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => settle?.(false), deps.timeoutMs ?? RENEWAL_TIMEOUT_MS);
      settle = (renewed) => {
        clearTimeout(timer);
        pending = null;
        settle = null;
        resolve(renewed);
      };
      deps.bridge.emit("tokenExpired", {});
    });
    return pending;
  }

  return { renew, accept };
}
