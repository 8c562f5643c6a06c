/**
 * The one message envelope every widget message travels in, both directions.
 *
 * Why a channel name and a version: the host page and the iframe share
 * `window.postMessage` with every other script on the page (analytics, other
 * embeds, browser extensions). A fixed `channel` lets each side drop foreign
 * traffic cheaply, and `v` lets a newer loader talk to an older app (or the
 * reverse) and refuse what it does not understand instead of guessing
 * (the penpal habit: one namespaced, versioned envelope).
 */
export const PROTOCOL_CHANNEL = "open-onboarding" as const;

/** Current protocol version; bump only for breaking payload changes. */
export const PROTOCOL_VERSION = 1 as const;

/** A message as it travels: `{ channel, v, type, payload }`. */
export type TEnvelope<TType extends string = string, TPayload = unknown> = {
  channel: typeof PROTOCOL_CHANNEL;
  v: typeof PROTOCOL_VERSION;
  type: TType;
  payload: TPayload;
};

/**
 * Wraps a payload in the envelope.
 * @example
 * port.postMessage(envelope("step", { id: "address", index: 1, total: 5 }));
 */
export function envelope<TType extends string, TPayload>(
  type: TType,
  payload: TPayload,
): TEnvelope<TType, TPayload> {
  return { channel: PROTOCOL_CHANNEL, v: PROTOCOL_VERSION, type, payload };
}
