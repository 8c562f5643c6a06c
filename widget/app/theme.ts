import type { TTheme } from "../../core/protocol";

type TColorKey = Exclude<keyof TTheme, "mode" | "radius" | "fontFamily" | "spacing" | "dark">;

/** Theme color keys → the CSS custom property app.css reads (`colorPrimary` → `--oo-color-primary`). */
export const COLOR_VARIABLES: Record<TColorKey, string> = {
  colorPrimary: "--oo-color-primary",
  colorOnPrimary: "--oo-color-on-primary",
  colorBackground: "--oo-color-background",
  colorSurface: "--oo-color-surface",
  colorText: "--oo-color-text",
  colorMuted: "--oo-color-muted",
  colorBorder: "--oo-color-border",
  colorDanger: "--oo-color-danger",
  colorSuccess: "--oo-color-success",
};
const SHAPE_VARIABLES = { radius: "--oo-radius", fontFamily: "--oo-font-family", spacing: "--oo-spacing" } as const;

/**
 * Values that could load a resource or escape the declaration are refused:
 * a host theme must not make the widget fetch URLs (tracking, CSS exfiltration;
 * OWASP "CSS injection"). Colors, lengths and font lists need none of these.
 */
const UNSAFE = /url\(|image\(|image-set|expression|@import|[;{}<>\\]/i;
const safe = (value: unknown): value is string => typeof value === "string" && value.length > 0 && !UNSAFE.test(value);

/**
 * Applies a theme inside the iframe through `style.setProperty` (allowed by our
 * `style-src 'self'` CSP, unlike a style="" attribute). Never touches the host page.
 * Colors go to per-palette inputs (`--oo-light-color-primary`, `--oo-dark-color-primary`)
 * that app.css picks from by mode, so a brand color for light never lands on a
 * dark background by accident. Options merge: keys left out keep their value.
 */
export function applyTheme(root: HTMLElement, theme: TTheme | undefined): void {
  if (!theme) return;
  for (const [key, variable] of Object.entries(COLOR_VARIABLES) as Array<[TColorKey, string]>) {
    if (safe(theme[key])) root.style.setProperty(variable.replace("--oo-", "--oo-light-"), theme[key]);
    if (safe(theme.dark?.[key])) root.style.setProperty(variable.replace("--oo-", "--oo-dark-"), theme.dark[key]);
  }
  for (const [key, variable] of Object.entries(SHAPE_VARIABLES) as Array<[keyof typeof SHAPE_VARIABLES, string]>) {
    if (safe(theme[key])) root.style.setProperty(variable, theme[key]);
  }
  // `auto` follows prefers-color-scheme (app.css); light/dark force one palette.
  if (theme.mode === "auto") delete root.dataset.theme;
  else if (theme.mode) root.dataset.theme = theme.mode;
}
