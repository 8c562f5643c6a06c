import { parseWith } from "./message-schema";
import { ZMessage, type TMessage } from "./schemas";

/**
 * Validates any protocol message. Returns the typed message, or null for
 * anything malformed, unknown, from another channel or another version.
 * Callers ignore (and count) nulls: OWASP ASVS 5.0 v5.0.0-3.5.5, "messages
 * with invalid syntax are discarded". Unknown keys are stripped, so a later
 * minor addition can never smuggle data through an old reader.
 * @example
 * const msg = parseMessage(event.data); if (!msg) { ignored++; return; }
 */
export function parseMessage(data: unknown): TMessage | null {
  return parseWith(ZMessage, data);
}

export { parseHostMessage } from "./host-messages";
export { parseChildEvent } from "./child-events";
