import * as z from "zod/mini";
import { ZCustomerType } from "../../core/customer/enums.ts";
import { codedCheck } from "../../core/validation/coded-check.ts";

/** Stripe AccountSession and Plaid link tokens live minutes to hours; 30 min covers a slow user. */
export const DEFAULT_SESSION_SECONDS = 30 * 60;
/** Persona expires pending inquiries after 24 h: nothing longer-lived should sit in a browser. */
export const MAX_SESSION_SECONDS = 24 * 60 * 60;
export const MAX_ALLOWED_ORIGINS = 10;

/**
 * Why an origin string is refused, or null when it is an exact origin. Only what
 * `new URL(x).origin` gives back unchanged passes: `scheme://host[:port]`, no path,
 * no trailing slash, no wildcard, no credentials. The value is compared byte for byte
 * with `event.origin` in the browser and written into CSP `frame-ancestors`, so
 * anything looser would either never match or widen the policy.
 */
export function originProblem(value: string): string | null {
  if (value.includes("*")) return `Wildcards are not allowed: list each exact origin, got "${value}".`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `Expected an origin like "https://app.example.com", got "${value}".`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return `Only http and https origins can embed the widget, got "${value}".`;
  if (url.origin !== value) return `Expected an exact origin (scheme://host[:port], no path or trailing slash): "${url.origin}", got "${value}".`;
  return null;
}

const ZOrigin = z.string().check(z.maxLength(255), codedCheck<string>("invalid_origin", originProblem));

/**
 * `POST /v1/onboarding/session`. `customer` continues an existing customer;
 * otherwise the session creates one of `type` (default `individual`, as an empty
 * create does). Both at once is refused: the type of an existing customer is its own.
 * @example ZSessionCreateInput.parse({ type: "individual", allowedOrigins: ["https://shop.example"] })
 */
export const ZSessionCreateInput = z
  .strictObject({
    customer: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    type: z.optional(ZCustomerType),
    allowedOrigins: z.array(ZOrigin).check(
      z.minLength(1, "List at least one origin allowed to embed the widget."),
      z.maxLength(MAX_ALLOWED_ORIGINS, `List at most ${MAX_ALLOWED_ORIGINS} origins.`),
    ),
    locale: z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, "Expected a BCP 47 language tag such as \"en\" or \"fr-CA\"."), z.maxLength(35))),
    expiresInSeconds: z.optional(z.int().check(z.minimum(60), z.maximum(MAX_SESSION_SECONDS))),
  })
  .check(
    codedCheck<{ customer?: string; type?: string }>("customer_or_type", (input) =>
      input.customer !== undefined && input.type !== undefined ? "Send either `customer` (an existing id) or `type` (for a new customer), not both." : null,
    ),
  );
export type TSessionCreateInput = z.infer<typeof ZSessionCreateInput>;
