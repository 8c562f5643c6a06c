import * as z from "zod/mini";
import { PROTOCOL_CHANNEL, PROTOCOL_VERSION } from "./envelope";

/** Schema of one message type in the envelope: `{ channel, v, type, payload }`. */
export function message<TType extends string, TPayload extends z.ZodMiniType>(type: TType, payload: TPayload) {
  return z.object({
    channel: z.literal(PROTOCOL_CHANNEL),
    v: z.literal(PROTOCOL_VERSION),
    type: z.literal(type),
    payload,
  });
}

export const ZId = z.string().check(z.minLength(1), z.maxLength(64));
export const ZText = z.string().check(z.maxLength(500));
export const ZEmpty = z.object({});

/** Returns the parsed value, or null for anything the schema rejects. */
export function parseWith<T>(schema: z.ZodMiniType<T>, data: unknown): T | null {
  const result = schema.safeParse(data);
  return result.success ? result.data : null;
}
