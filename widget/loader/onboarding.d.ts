/**
 * Public types of the onboarding loader (`<script src="<server>/v1/onboarding.js">` or
 * `import { mount } from "<server>/v1/onboarding.mjs"`). The event names and payloads are
 * documented in core/protocol/README.md.
 */

/** Verification status of the customer. */
export type KycStatus = "incomplete" | "pending" | "additionalReviewRequired" | "approved" | "rejected";

/** Colors of one palette (any CSS color without url(), e.g. "#0b5fff", "rgb(11 95 255)"). */
export interface OnboardingColors {
  colorPrimary?: string;
  colorOnPrimary?: string;
  colorBackground?: string;
  colorSurface?: string;
  colorText?: string;
  colorMuted?: string;
  colorBorder?: string;
  colorDanger?: string;
  colorSuccess?: string;
}

/**
 * CSS variables applied inside the iframe (never to the host page); see README.md.
 * Top-level colors are the light palette, `dark` the dark one.
 */
export interface OnboardingTheme extends OnboardingColors {
  /** `auto` (default) follows the user's prefers-color-scheme; `light`/`dark` force one. */
  mode?: "light" | "dark" | "auto";
  radius?: string;
  fontFamily?: string;
  spacing?: string;
  dark?: OnboardingColors;
}

/** Overrides of any widget string, per locale: `{ en: { "app.title": "Verify with Acme" } }`. */
export type OnboardingStrings = Record<string, Record<string, string>>;

/**
 * Errors reported to `onError`. Loader codes: `invalid_options` (a mount option has the
 * wrong type or format; the message says which), `invalid_target`, `handshake_timeout`
 * (the iframe never answered: check the server URL and the session's allowedOrigins),
 * `token_refresh_failed`, `callback_failed`. Other codes come from the widget itself.
 */
export interface OnboardingError {
  code: string;
  message: string;
}

export interface StepEvent { id: string; index: number; total: number }

/** Every event the host receives, as passed to `onEvent`. */
export type OnboardingEvent =
  | { type: "ready"; payload: Record<string, never> }
  | { type: "step"; payload: StepEvent }
  | { type: "saved"; payload: { step: string } }
  | { type: "submitted"; payload: Record<string, never> }
  | { type: "status"; payload: { kyc: KycStatus } }
  | { type: "complete"; payload: { kyc: KycStatus } }
  | { type: "exit"; payload: { reason: "user" | "done" | "expired" } }
  | { type: "error"; payload: OnboardingError }
  | { type: "resize"; payload: { height: number } }
  | { type: "tokenExpired"; payload: Record<string, never> };

export interface MountOptions {
  /** The session's client secret, `cs_ses_<hex>_<secret>`, minted by your backend. */
  clientSecret: string;
  /** Origin (or base URL) of the onboarding server. Defaults to where the loader was loaded from. */
  serverUrl?: string;
  /** BCP 47 locale, e.g. "en" or "pt-BR". Defaults to the session's, then the browser's. */
  locale?: string;
  theme?: OnboardingTheme;
  /** Your own wording for any string, per locale (keys as in widget/i18n/locales/en.ts). */
  strings?: OnboardingStrings;
  onReady?: () => void;
  onStep?: (step: StepEvent) => void;
  onComplete?: (result: { kyc: KycStatus }) => void;
  onExit?: (exit: { reason: "user" | "done" | "expired" }) => void;
  onError?: (error: OnboardingError) => void;
  onEvent?: (event: OnboardingEvent) => void;
  /**
   * The client secret expired. Return (or resolve) a new one from your backend; what the
   * user typed is kept. Return nothing to let the widget show an "expired" message.
   */
  onTokenExpired?: () => string | undefined | void | Promise<string | undefined | void>;
}

/** What `mount` returns. Both methods are safe to call at any time, any number of times. */
export interface OnboardingHandle {
  unmount(): void;
  /** Changes options live; what the user typed is kept. */
  update(options: { locale?: string; theme?: OnboardingTheme; strings?: OnboardingStrings }): void;
}

/**
 * Mounts the widget into `target` (an element or a CSS selector). Never throws: problems go to
 * `onError` and one `[onboarding]` console line; the returned handle is then inert.
 */
export declare function mount(target: Element | string, options: MountOptions): OnboardingHandle;

export interface OnboardingGlobal {
  mount: typeof mount;
  version: string;
}

declare global {
  interface Window {
    Onboarding?: OnboardingGlobal;
  }
}
