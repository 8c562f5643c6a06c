/**
 * zod/mini schemas of every message, one per type, grouped by direction.
 * Payloads carry ids, counts and statuses only, never PII: the host page
 * may run third-party scripts that read every callback (REFERENCES.md,
 * "what a host-page XSS can do").
 */
import * as z from "zod/mini";
import { PROTOCOL_CHANNEL, PROTOCOL_VERSION } from "./envelope";
import { ZKycStatus } from "../customer/enums";

const ZId = z.string().check(z.minLength(1), z.maxLength(64));
const ZText = z.string().check(z.maxLength(500));
const ZEmpty = z.object({});

/** kyc statuses: the one definition in core/customer (seed 004). */
export { ZKycStatus };
/** Why the widget asked to be closed. */
export const ZExitReason = z.enum(["user", "done", "expired"]);

/**
 * Theme: a documented, closed set of CSS variables applied inside the iframe.
 * Values are checked again where they are applied (see widget/app/theme).
 */
export const ZTheme = z.object({
  mode: z.optional(z.enum(["light", "dark", "auto"])),
  colorPrimary: z.optional(ZText),
  colorBackground: z.optional(ZText),
  colorText: z.optional(ZText),
  colorDanger: z.optional(ZText),
  radius: z.optional(ZText),
  fontFamily: z.optional(ZText),
  spacing: z.optional(ZText),
});
const ZLocale = z.string().check(z.minLength(2), z.maxLength(35));
const ZOptions = z.object({ locale: z.optional(ZLocale), theme: z.optional(ZTheme) });

function message<TType extends string, TPayload extends z.ZodMiniType>(type: TType, payload: TPayload) {
  return z.object({
    channel: z.literal(PROTOCOL_CHANNEL),
    v: z.literal(PROTOCOL_VERSION),
    type: z.literal(type),
    payload,
  });
}

/** Child → parent, the only message ever posted with targetOrigin "*": it carries nothing. */
export const ZHello = message("hello", ZEmpty);

/** Child (iframe app) → host (loader or parent page) events. */
const CHILD_EVENTS = [
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

/** Host (loader) → child messages. */
const HOST_MESSAGES = [
  message("init", ZOptions),
  message("update", ZOptions),
  message("refreshToken", z.object({ clientSecret: z.string().check(z.minLength(8), z.maxLength(512)) })),
] as const;
export const ZHostMessage = z.discriminatedUnion("type", [...HOST_MESSAGES]);

/** Any message of the protocol. */
export const ZMessage = z.discriminatedUnion("type", [...CHILD_EVENTS, ...HOST_MESSAGES]);

export type TKycStatus = z.infer<typeof ZKycStatus>;
export type TExitReason = z.infer<typeof ZExitReason>;
export type TTheme = z.infer<typeof ZTheme>;
export type TChildEvent = z.infer<typeof ZChildEvent>;
export type THostMessage = z.infer<typeof ZHostMessage>;
export type TMessage = z.infer<typeof ZMessage>;
/** Payload of a child event by type, e.g. `TChildPayload<"step">`. */
export type TChildPayload<T extends TChildEvent["type"]> = Extract<TChildEvent, { type: T }>["payload"];
/** Payload of a host message by type. */
export type THostPayload<T extends THostMessage["type"]> = Extract<THostMessage, { type: T }>["payload"];
