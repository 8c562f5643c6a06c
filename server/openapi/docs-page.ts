import { buildOpenApiDocument } from "./openapi-document.ts";

type TDoc = ReturnType<typeof buildOpenApiDocument>;

/**
 * A self-contained reference page (no CDN: the server may run offline), built
 * from the same OpenAPI document so the two never disagree.
 */
export function renderDocsPage(doc: TDoc): string {
  const sections = Object.entries(doc.paths)
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, raw]) => {
        const op = raw as { summary: string; description?: string; parameters: Array<{ name: string; in: string }> };
        const params = op.parameters.map((p) => `<code>${escape(p.name)}</code> <small>(${p.in})</small>`).join(", ");
        return `<section><h2><span class="m">${method.toUpperCase()}</span> <code>${escape(path)}</code></h2><p>${escape(op.summary)}</p>${op.description ? `<p>${escape(op.description)}</p>` : ""}${params ? `<p>Parameters: ${params}</p>` : ""}</section>`;
      }),
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(doc.info.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}h2{font-size:1.1rem;margin-top:2rem}.m{display:inline-block;min-width:4.5rem;font-weight:700;color:#0b5cad}code{background:#f2f2f2;padding:0 .25rem}</style></head>
<body><h1>${escape(doc.info.title)}</h1><p>${escape(doc.info.description)}</p><p>Machine-readable: <a href="/v1/openapi.json">/v1/openapi.json</a>. Authenticate with <code>Authorization: Bearer sk_…</code>.</p>
${sections}</body></html>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}
