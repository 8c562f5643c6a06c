/**
 * zod/mini schemas of the host → child messages (`init`, `update`, `refreshToken`):
 * all the iframe app validates, so its bundle carries neither the child events'
 * schemas nor every customer enum (issue 7 budgets). ./schemas re-exports these.
 */
import * as z from "zod/mini";
import { message, parseWith, ZText } from "./message-schema";

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

/** Host (loader) → child messages. */
export const HOST_MESSAGES = [
  message("init", ZOptions),
  message("update", ZOptions),
  message("refreshToken", z.object({ clientSecret: z.string().check(z.minLength(8), z.maxLength(512)) })),
] as const;
export const ZHostMessage = z.discriminatedUnion("type", [...HOST_MESSAGES]);

export type TTheme = z.infer<typeof ZTheme>;
export type TStrings = z.infer<typeof ZStrings>;
export type THostMessage = z.infer<typeof ZHostMessage>;
/** Payload of a host message by type. */
export type THostPayload<T extends THostMessage["type"]> = Extract<THostMessage, { type: T }>["payload"];

/** Like `parseMessage` (./parse-message), limited to host → child messages (what the app accepts). */
export function parseHostMessage(data: unknown): THostMessage | null {
  return parseWith(ZHostMessage, data);
}
