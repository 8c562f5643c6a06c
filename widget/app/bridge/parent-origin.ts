/**
 * The origin of the page that embeds us, for raw-iframe mode. `ancestorOrigins`
 * (Chromium, Safari) cannot be forged by the parent; `document.referrer` is the
 * fallback (Firefox) and may be empty under a strict Referrer-Policy, in which
 * case we post nothing rather than guess.
 */
export function parentOrigin(location: Location, referrer: string): string | null {
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0] ?? null;
  try {
    return referrer ? new URL(referrer).origin : null;
  } catch {
    return null;
  }
}

/** Exact string comparison only: `indexOf`/`endsWith` checks are how CVE-2020-8127 happened. */
export function isAllowedOrigin(origin: string | null, allowedOrigins: readonly string[]): origin is string {
  return origin !== null && origin !== "null" && allowedOrigins.includes(origin);
}
