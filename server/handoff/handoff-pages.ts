import type { THandoffLocale, THandoffText } from "./handoff-text.ts";

const escape = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function page(lang: THandoffLocale, title: string, body: string): string {
  const dir = lang === "ar" ? "rtl" : "ltr";
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>${escape(title)}</title></head>
<body>
<main>
<h1>${escape(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

/**
 * The page a phone sees when it opens the link. Opening (GET) does not use the
 * token: chat apps and QR scanners fetch links to preview them, and would burn a
 * single-use link. The user's button press (POST) does. A plain form: no script,
 * no style, so it works under `default-src 'none'; form-action 'self'`.
 */
export function continuePage(lang: THandoffLocale, text: THandoffText, action: string): string {
  return page(lang, text.title, `<p>${escape(text.intro)}</p>
<form method="post" action="${escape(action)}"><button type="submit">${escape(text.go)}</button></form>`);
}

/** A used, expired or unknown link: one clear message, and what to do next. */
export function refusedPage(lang: THandoffLocale, text: THandoffText): string {
  return page(lang, text.title, `<p role="alert">${escape(text.refused)}</p>`);
}

/** Headers of both pages: nothing may load, only our own form may post, nobody may frame them. */
export const HANDOFF_PAGE_HEADERS = {
  "Content-Security-Policy": "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
} as const;
