import type { TKycStatus } from "../../../core/protocol";
import type { TBridge } from "../bridge/child-bridge";

const FINAL: readonly TKycStatus[] = ["approved", "rejected"];

/**
 * Emits `status` when kyc changes and `complete` once when it reaches a final
 * decision, in that order (protocol README). `announce` tells screen-reader
 * users through the live region.
 */
export function createKycTracker(deps: { bridge: TBridge; announce: (status: TKycStatus) => void }) {
  let last: TKycStatus | null = null;
  let completed = false;

  /** Records a kyc value seen in any API answer; `initial` = read when the session opened. */
  function observe(kyc: TKycStatus, initial = false): void {
    if (kyc === last) return;
    last = kyc;
    // A fresh session is "incomplete": nothing to tell. A resumed one tells the host where it stands.
    if (initial && kyc === "incomplete") return;
    deps.bridge.emit("status", { kyc });
    if (!initial) deps.announce(kyc);
    if (FINAL.includes(kyc) && !completed) {
      completed = true;
      deps.bridge.emit("complete", { kyc });
    }
  }

  return { observe, isFinal: () => last !== null && FINAL.includes(last) };
}
