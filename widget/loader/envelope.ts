/**
 * A hand-written envelope check for the loader: zod would cost more than the whole
 * 2 KB budget. It is enough because, after the handshake, messages only arrive
 * over our own MessagePort (whose pair lives in the iframe served from the server
 * origin), and because every payload field is read defensively by the dispatcher.
 * The iframe app validates what it receives with the full zod schemas.
 */
export const CHANNEL = "open-onboarding";

export type Message = { type: string; payload: Record<string, any> };

/** The message if `data` is a v1 envelope of ours, else null. */
export function readEnvelope(data: any): Message | null {
  return data && data.channel === CHANNEL && data.v === 1 && typeof data.type == "string" &&
    data.payload && typeof data.payload == "object"
    ? data
    : null;
}

/** Wraps a payload in the v1 envelope. */
export function wrap(type: string, payload: object): object {
  return { channel: CHANNEL, v: 1, type, payload };
}
