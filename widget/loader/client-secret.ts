/**
 * Client secrets look like `cs_<sessionId>_<secret>` with `sessionId = ses_<hex>`.
 * The loader needs the session id for the iframe path (`/embed/<sessionId>`), so the
 * server can send `Content-Security-Policy: frame-ancestors <allowedOrigins>` for that
 * session before any script runs; the secret itself goes in the URL fragment, which
 * browsers never send to servers, so it never reaches access logs (RFC 3986 §3.5).
 */
const CLIENT_SECRET = /^cs_(ses_[0-9a-f]+)_[\w-]+$/i;

/** The session id inside a client secret, or null when the secret is malformed. */
export function sessionIdOf(clientSecret: string): string | null {
  const match = CLIENT_SECRET.exec(clientSecret);
  return match ? match[1]! : null;
}
