import type * as z from "zod/mini";
import { ZChildEvent, ZHostMessage, ZMessage, type TChildEvent, type THostMessage, type TMessage } from "./schemas";

function parseWith<T>(schema: z.ZodMiniType<T>, data: unknown): T | null {
  const result = schema.safeParse(data);
  return result.success ? result.data : null;
}

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

/** Like {@link parseMessage}, limited to host → child messages (what the app accepts). */
export function parseHostMessage(data: unknown): THostMessage | null {
  return parseWith(ZHostMessage, data);
}

/** Like {@link parseMessage}, limited to child → host events (what a host accepts). */
export function parseChildEvent(data: unknown): TChildEvent | null {
  return parseWith(ZChildEvent, data);
}
