import type { TTheme } from "../../core/protocol";

/** Theme keys → the CSS custom properties app.css reads. */
const VARIABLES: Record<Exclude<keyof TTheme, "mode">, string> = {
  colorPrimary: "--oo-color-primary",
  colorBackground: "--oo-color-background",
  colorText: "--oo-color-text",
  colorDanger: "--oo-color-danger",
  radius: "--oo-radius",
  fontFamily: "--oo-font-family",
  spacing: "--oo-spacing",
};

/**
 * Values that could load a resource or escape the declaration are refused:
 * a host theme must not make the widget fetch URLs (tracking, CSS exfiltration;
 * OWASP "CSS injection"). Colors, lengths and font lists need none of these.
 */
const UNSAFE = /url\(|image\(|image-set|expression|@import|[;{}<>\\]/i;

/**
 * Applies a theme inside the iframe through `style.setProperty` (allowed by our
 * `style-src 'self'` CSP, unlike a style="" attribute). Never touches the host page.
 */
export function applyTheme(root: HTMLElement, theme: TTheme | undefined): void {
  if (!theme) return;
  for (const [key, property] of Object.entries(VARIABLES)) {
    const value = theme[key as keyof typeof VARIABLES];
    if (typeof value === "string" && !UNSAFE.test(value)) root.style.setProperty(property, value);
  }
  if (theme.mode) root.dataset.theme = theme.mode;
}
