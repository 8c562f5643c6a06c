import { signal } from "@preact/signals";
import type { TKycStatus } from "../../../core/protocol";
import type { TWidgetApi } from "../api/types";

export type THandoffState =
  | { state: "idle" }
  | { state: "creating" }
  | { state: "ready"; url: string; expiresAt: string }
  | { state: "expired" }
  | { state: "error"; code: string; message: string };

export type THandoffDeps = {
  api: Pick<TWidgetApi, "createHandoff" | "watch">;
  /** The onboarding model's `receive`: applies what the phone changed and moves on. */
  receive: (update: { kyc: TKycStatus; requirements: string[] }) => void;
  /** False on the phone itself (opened from a handoff link): no link to a third device. */
  available: boolean;
  setTimeout?: typeof setTimeout;
};

/**
 * Continue on another device, desktop side: asks the server for a single-use
 * link (shown as a QR code and as text), then follows the events stream so the
 * step advances by itself when the phone's photos arrive. One link at a time;
 * `close` stops following.
 * @example const handoff = createHandoffModel({ api, receive: model.receive, available: true }); await handoff.open("en");
 */
export function createHandoffModel(deps: THandoffDeps) {
  const status = signal<THandoffState>({ state: "idle" });
  const wait = deps.setTimeout ?? setTimeout;
  let stopWatch: (() => void) | null = null;
  let expiry: ReturnType<typeof setTimeout> | undefined;

  function close(): void {
    stopWatch?.();
    stopWatch = null;
    clearTimeout(expiry);
    status.value = { state: "idle" };
  }

  async function open(locale: string): Promise<void> {
    if (!deps.api.createHandoff || status.peek().state === "creating") return;
    clearTimeout(expiry);
    status.value = { state: "creating" };
    const result = await deps.api.createHandoff(locale);
    if (!result.ok) return void (status.value = { state: "error", code: result.error.code, message: result.error.message });
    status.value = { state: "ready", url: result.data.url, expiresAt: result.data.expiresAt };
    // The link dies on the server at expiresAt; say so here instead of showing a dead code.
    expiry = wait(() => (status.value = { state: "expired" }), Math.max(0, Date.parse(result.data.expiresAt) - Date.now()));
    // The watch outlives the link: a phone that opened it in time may upload later.
    stopWatch ??= deps.api.watch(deps.receive);
  }

  return { status, open, close, available: deps.available && Boolean(deps.api.createHandoff) };
}

export type THandoffModel = ReturnType<typeof createHandoffModel>;
