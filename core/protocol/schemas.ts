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

/** Colors of one palette; every value is checked again where it is applied (widget/app/theme.ts). */
const COLOR_KEYS = ["colorPrimary", "colorOnPrimary", "colorBackground", "colorSurface", "colorText", "colorMuted", "colorBorder", "colorDanger", "colorSuccess"] as const;
const ZColors = z.object(Object.fromEntries(COLOR_KEYS.map((key) => [key, z.optional(ZText)])) as Record<(typeof COLOR_KEYS)[number], z.ZodMiniOptional<typeof ZText>>);

/**
 * Theme: a documented, closed set of CSS variables applied inside the iframe
 * (widget/loader/README.md lists them). Top-level colors are the light palette,
 * `dark` the dark one; `mode` forces one (default `auto`: prefers-color-scheme).
 */
export const ZTheme = z.object({
  ...ZColors.shape,
  mode: z.optional(z.enum(["light", "dark", "auto"])),
  radius: z.optional(ZText),
  fontFamily: z.optional(ZText),
  spacing: z.optional(ZText),
  dark: z.optional(ZColors),
});
const ZLocale = z.string().check(z.minLength(2), z.maxLength(35));
/** A resource key as the widget names it, e.g. `app.title` or `errors.summary_other`. */
const ZStringKey = z.string().check(z.regex(/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/), z.maxLength(100));
/**
 * Host overrides of any widget string, per locale: `{ en: { "app.title": "Verify with Acme" } }`.
 * Bounded (10 locales, 500 keys each, 1000 characters a value) so a host cannot make the
 * widget hold megabytes; the text is rendered as text, never as HTML.
 */
export const ZStrings = z.record(ZLocale, z.record(ZStringKey, z.string().check(z.maxLength(1000)))).check(
  z.refine((strings) => {
    const locales = Object.values(strings);
    return locales.length <= 10 && locales.every((keys) => Object.keys(keys).length <= 500);
  }, "At most 10 locales and 500 strings per locale."),
);
const ZOptions = z.object({ locale: z.optional(ZLocale), theme: z.optional(ZTheme), strings: z.optional(ZStrings) });

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
export type TStrings = z.infer<typeof ZStrings>;
export type TChildEvent = z.infer<typeof ZChildEvent>;
export type THostMessage = z.infer<typeof ZHostMessage>;
export type TMessage = z.infer<typeof ZMessage>;
/** Payload of a child event by type, e.g. `TChildPayload<"step">`. */
export type TChildPayload<T extends TChildEvent["type"]> = Extract<TChildEvent, { type: T }>["payload"];
/** Payload of a host message by type. */
export type THostPayload<T extends THostMessage["type"]> = Extract<THostMessage, { type: T }>["payload"];
