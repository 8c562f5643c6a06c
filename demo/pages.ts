/**
 * The demo host's pages. No inline script: each page loads its own file from
 * /static, so the pages run under a strict CSP, as a careful host's would.
 */
const escape = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function layout(title: string, serverUrl: string, body: string, scripts: string[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="onboarding-server" content="${escape(serverUrl)}">
<title>${escape(title)} · Open Onboarding demo host</title>
<link rel="stylesheet" href="/static/demo.css">
</head>
<body>
<header><a href="/">Demo host</a> · <a href="/script-tag">Script tag</a> · <a href="/iframe">Raw iframe</a> · <a href="/reset">Start over</a></header>
<main>
<h1>${escape(title)}</h1>
${body}
<section aria-labelledby="log-title"><h2 id="log-title">Events this page received</h2><ol id="event-log"></ol></section>
</main>
${scripts.map((src) => `<script src="${escape(src)}"></script>`).join("\n")}
</body>
</html>
`;
}

export function indexPage(serverUrl: string): string {
  return layout("Open Onboarding: demo host", serverUrl, `
<p>This site plays the part of your product, on its own origin. Its back end mints a widget session with the secret key
(<code>POST /v1/onboarding/session</code>) and the page embeds the widget served by <code>${escape(serverUrl)}</code>.</p>
<ul>
<li><a href="/script-tag">Script tag</a>: <code>&lt;script src="${escape(serverUrl)}/v1/onboarding.js"&gt;</code> and <code>Onboarding.mount(…)</code></li>
<li><a href="/iframe">Raw iframe</a>: <code>&lt;iframe src="${escape(serverUrl)}/embed/ses_…#clientSecret=…"&gt;</code>, no loader</li>
</ul>
<p>Sandbox: see the README for the values that approve or reject. <a href="/reset">Start over</a> forgets this browser's customer.</p>`, ["/static/event-log.js"]);
}

export function scriptTagPage(serverUrl: string): string {
  return layout("Script tag", serverUrl, `<div id="onboarding"></div>`, [
    "/static/event-log.js",
    `${serverUrl}/v1/onboarding.js`,
    "/static/script-tag.js",
  ]);
}

export function iframePage(serverUrl: string): string {
  return layout("Raw iframe", serverUrl, `<iframe id="onboarding" title="Identity verification" allow="camera"></iframe>`, [
    "/static/event-log.js",
    "/static/iframe.js",
  ]);
}

/** The host's own CSP: it lets in the loader and the widget frame from the server, nothing else. */
export function hostCsp(serverOrigin: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${serverOrigin}`,
    `frame-src ${serverOrigin}`,
    "connect-src 'self'",
    "style-src 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}
