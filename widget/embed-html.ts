/**
 * The hosted page's HTML and security headers, for the server to import
 * (`GET /embed/:sessionId`). No inline script or style: the page works under
 * `script-src 'self'; style-src 'self'` (issue 4; onfido-sdk-ui #380 and
 * react-plaid-link #118 are what users complain about otherwise).
 */

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * @param options.assetBase URL path (or absolute URL) where dist/widget/app/ is served, e.g. "/widget/app".
 * @param options.nonce optional CSP nonce, added to the script and stylesheet tags.
 * @param options.lang initial `lang` (the session's locale); the app updates it.
 * @example c.html(renderEmbedHtml({ assetBase: "/widget/app" }))
 */
export function renderEmbedHtml(options: { assetBase: string; nonce?: string; lang?: string }): string {
  const base = escapeAttribute(options.assetBase.replace(/\/$/, ""));
  const nonce = options.nonce ? ` nonce="${escapeAttribute(options.nonce)}"` : "";
  const lang = escapeAttribute(options.lang ?? "en");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Identity verification</title>
<link rel="stylesheet" href="${base}/app.css"${nonce}>
<link rel="modulepreload" href="${base}/app.js"${nonce}>
<script type="module" src="${base}/app.js"${nonce}></script>
</head>
<body>
<div id="onboarding-root"></div>
<noscript>Identity verification needs JavaScript.</noscript>
</body>
</html>
`;
}

/**
 * Headers for the embed page of one session. `frame-ancestors` lists exactly the
 * session's allowed origins (CSP Level 2; it supersedes X-Frame-Options, MDN).
 * `connect-src 'self'` covers the widget API and the events stream.
 */
export function embedSecurityHeaders(allowedOrigins: readonly string[]): Record<string, string> {
  const ancestors = allowedOrigins.length ? allowedOrigins.join(" ") : "'none'";
  return {
    "Content-Security-Policy": [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' blob: data:",
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      `frame-ancestors ${ancestors}`,
    ].join("; "),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "Permissions-Policy": "camera=(self)",
  };
}
