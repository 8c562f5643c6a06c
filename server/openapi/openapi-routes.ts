import { Hono } from "hono";
import { buildOpenApiDocument } from "./openapi-document.ts";
import { renderDocsPage } from "./docs-page.ts";

/** Public, unauthenticated: the OpenAPI document and a readable page built from it. */
export function openApiRoutes() {
  const document = buildOpenApiDocument();
  const page = renderDocsPage(document);
  const app = new Hono();
  app.get("/v1/openapi.json", (c) => c.json(document));
  app.get("/docs", (c) => {
    c.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    return c.html(page);
  });
  return app;
}
