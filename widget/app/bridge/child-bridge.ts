import type { TChildEvent } from "../../../core/protocol/child-events";
import { envelope } from "../../../core/protocol/envelope";
import { parseHostMessage, type THostMessage } from "../../../core/protocol/host-messages";
import { isAllowedOrigin, parentOrigin } from "./parent-origin";

type TEmit = <T extends TChildEvent["type"]>(type: T, payload: Extract<TChildEvent, { type: T }>["payload"]) => void;

/** The app's side of the protocol; the model emits through it and listens to it. */
export interface TBridge {
  emit: TEmit;
  /** Host → child messages (`init`, `update`, `refreshToken`), already validated. */
  onMessage(handler: (message: THostMessage) => void): () => void;
  /** Starts the handshake once the session's allowed origins are known; returns the cleanup. */
  connect(allowedOrigins: readonly string[]): () => void;
  readonly stats: { ignored: number; mode: "pending" | "port" | "raw" | "none" };
}

export type TBridgeDeps = {
  window: Window;
  /** "iframe" skips the wait for `init`; "loader" waits longer for it. */
  mode: "loader" | "iframe" | "auto";
  initTimeoutMs?: number;
};

/**
 * Child side: posts `hello`, accepts `init` only from `window.parent` at an allowed
 * origin, then talks over the transferred port. Without `init` it falls back to
 * posting to the parent's origin if (and only if) that origin is allowed.
 * Events emitted before the mode is known are queued, so `ready` is never lost.
 */
export function createChildBridge(deps: TBridgeDeps): TBridge {
  const win = deps.window;
  const handlers = new Set<(message: THostMessage) => void>();
  const queue: TChildEvent[] = [];
  const stats: TBridge["stats"] = { ignored: 0, mode: "pending" };
  let send: ((event: TChildEvent) => void) | null = null;

  const deliver = (message: THostMessage) => handlers.forEach((handler) => handler(message));
  const use = (mode: TBridge["stats"]["mode"], sender: typeof send) => {
    stats.mode = mode;
    send = sender;
    if (sender) queue.splice(0).forEach(sender);
  };

  function connect(allowedOrigins: readonly string[]): () => void {
    const parent = win.parent;
    if (parent === win) return () => undefined; // opened top-level: nobody to talk to
    let port: MessagePort | null = null;
    const onWindowMessage = (event: MessageEvent) => {
      // MDN/OWASP: check the sender window and its exact origin before the data.
      const message = event.source === parent && isAllowedOrigin(event.origin, allowedOrigins) ? parseHostMessage(event.data) : null;
      if (!message || message.type !== "init" || !event.ports[0]) return void stats.ignored++;
      port?.close();
      port = event.ports[0];
      port.onmessage = (portEvent) => {
        const portMessage = parseHostMessage(portEvent.data);
        if (portMessage) deliver(portMessage);
        else stats.ignored++;
      };
      clearTimeout(timer);
      use("port", (childEvent) => port?.postMessage(childEvent));
      deliver(message);
    };
    const fallBackToParent = () => {
      if (stats.mode !== "pending") return;
      const origin = parentOrigin(win.location, win.document.referrer);
      // Never "*": an unknown or disallowed parent gets nothing (MDN postMessage, targetOrigin).
      use(isAllowedOrigin(origin, allowedOrigins) ? "raw" : "none", isAllowedOrigin(origin, allowedOrigins) ? (e) => parent.postMessage(e, origin) : null);
    };
    win.addEventListener("message", onWindowMessage);
    // The one "*" message: it carries no data, and only asks the parent for a port.
    parent.postMessage(envelope("hello", {}), "*");
    const wait = deps.mode === "iframe" ? 0 : (deps.initTimeoutMs ?? 1000) * (deps.mode === "loader" ? 5 : 1);
    const timer = setTimeout(fallBackToParent, wait);
    return () => {
      clearTimeout(timer);
      win.removeEventListener("message", onWindowMessage);
      port?.close();
    };
  }

  return {
    stats,
    connect,
    emit(type, payload) {
      const event = envelope(type, payload) as TChildEvent;
      if (send) send(event);
      else if (stats.mode === "pending") queue.push(event);
    },
    onMessage(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
}
