/** zod/mini schemas of the child (iframe app) → host events; ./schemas re-exports these. */
import * as z from "zod/mini";
import { ZKycStatus } from "../customer/enums";
import { message, parseWith, ZEmpty, ZId, ZText } from "./message-schema";

/** Why the widget asked to be closed. */
export const ZExitReason = z.enum(["user", "done", "expired"]);

/** Child → parent, the only message ever posted with targetOrigin "*": it carries nothing. */
export const ZHello = message("hello", ZEmpty);

/** Child (iframe app) → host (loader or parent page) events. */
export const CHILD_EVENTS = [
  ZHello,
  message("ready", ZEmpty),
  message("step", z.object({ id: ZId, index: z.int().check(z.minimum(0)), total: z.int().check(z.minimum(1)) })),
  message("saved", z.object({ step: ZId })),
  message("submitted", ZEmpty),
  message("status", z.object({ kyc: ZKycStatus })),
  message("complete", z.object({ kyc: ZKycStatus })),
  message("exit", z.object({ reason: ZExitReason })),
  message("error", z.object({ code: ZId, message: ZText })),
  message("resize", z.object({ height: z.number().check(z.minimum(0), z.maximum(100_000)) })),
  message("tokenExpired", ZEmpty),
] as const;
export const ZChildEvent = z.discriminatedUnion("type", [...CHILD_EVENTS]);

export type TExitReason = z.infer<typeof ZExitReason>;
export type TChildEvent = z.infer<typeof ZChildEvent>;
/** Payload of a child event by type, e.g. `TChildPayload<"step">`. */
export type TChildPayload<T extends TChildEvent["type"]> = Extract<TChildEvent, { type: T }>["payload"];

/** Like `parseMessage` (./parse-message), limited to child → host events (what a host accepts). */
export function parseChildEvent(data: unknown): TChildEvent | null {
  return parseWith(ZChildEvent, data);
}
