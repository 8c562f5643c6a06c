import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import * as z from "zod/mini";
import { ZDocumentType, type TDocumentType } from "../../core/requirements/document-types.ts";
import { issuesFromZod } from "../../core/errors/field-issue.ts";
import type { Database } from "../db/database.ts";
import { ApiError, validationError } from "../http/api-error.ts";
import { clientInfo } from "../http/client-info.ts";
import { successBody } from "../http/envelope.ts";
import type { createIdempotency } from "../http/idempotency.ts";
import { readJsonBody } from "../http/read-body.ts";
import { decodeBase64Document } from "./decode-base64.ts";
import type { TDocumentService } from "./document-service.ts";
import { MAX_DOCUMENT_BYTES, tooLarge } from "./inspect-document.ts";

/** Room for the multipart boundaries, part headers and the `type`/`ubo` fields around a 10 MB file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const EXTENSIONS: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf" };

const ZFields = z.strictObject({ type: ZDocumentType, ubo: z.optional(z.string().check(z.maxLength(100))) });
const ZJsonUpload = z.strictObject({ type: ZDocumentType, ubo: z.optional(z.string().check(z.maxLength(100))), file: z.string() });

export type TDocumentRoutesDeps = { db: Database; service: TDocumentService; idempotency: ReturnType<typeof createIdempotency> };

/**
 * `/v1/customer/:id/document…` for the host's back end (secret key only):
 * upload (multipart `file` + `type` + optional `ubo`, or JSON with base64 `file`),
 * list (metadata), download (attachment, never rendered by the browser).
 */
export function documentRoutes({ db, service, idempotency }: TDocumentRoutesDeps) {
  const app = new Hono();

  // Counted while the body streams in: an oversized upload is refused at the
  // limit, not after the whole body has been buffered.
  const limit = bodyLimit({ maxSize: MAX_DOCUMENT_BYTES + MULTIPART_OVERHEAD_BYTES, onError: () => { throw tooLarge(); } });

  app.post("/:id/document", limit, async (c) => {
    const { type, ubo, bytes } = await readUpload(c);
    return idempotency.run(c, c.get("actor"), async (tx) => {
      const document = await service.upload(tx, { customerId: c.req.param("id"), type, uboId: ubo ?? null, bytes }, { client: clientInfo(c) });
      return { status: 200, body: successBody(c, { document }) };
    });
  });

  app.get("/:id/document", async (c) => {
    const documents = await service.list(db, c.req.param("id"));
    return c.json(successBody(c, { documents }, 200, "array"));
  });

  app.get("/:id/document/:documentId", async (c) => {
    const { meta, bytes } = await service.download(db, c.req.param("id"), c.req.param("documentId"));
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": meta.contentType,
      // OWASP File Upload: serve as a download under a name we chose, never inline.
      "Content-Disposition": `attachment; filename="${meta.id}.${EXTENSIONS[meta.contentType] ?? "bin"}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
      "Content-Length": String(bytes.length),
    });
  });

  return app;
}

/** The upload's fields from a multipart form or a JSON body; the declared file type and name are ignored. */
async function readUpload(c: Context): Promise<{ type: TDocumentType; ubo: string | undefined; bytes: Uint8Array }> {
  const contentType = c.req.header("Content-Type") ?? "";
  if (/^application\/(.+\+)?json\b/i.test(contentType)) {
    const body = await readJsonBody(c, ZJsonUpload);
    return { type: body.type, ubo: body.ubo, bytes: decodeBase64Document(body.file, "file") };
  }
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    throw new ApiError(415, "unsupported_media_type", `Send the document as multipart/form-data (fields file, type, ubo) or JSON with a base64 file, got "${contentType || "no Content-Type"}".`);
  }
  let form: Record<string, string | File>;
  try {
    form = (await c.req.parseBody()) as Record<string, string | File>;
  } catch {
    throw new ApiError(400, "invalid_multipart", "The multipart body could not be parsed: check the boundary and the parts.");
  }
  const { file, ...fields } = form;
  const parsed = ZFields.safeParse(fields);
  const issues = parsed.success ? [] : issuesFromZod(parsed.error);
  if (!(file instanceof Blob)) issues.push({ path: "file", code: "required", message: "Attach the document as the multipart field `file`." });
  if (!parsed.success || !(file instanceof Blob) || issues.length) throw validationError(issues);
  if (file.size > MAX_DOCUMENT_BYTES) throw tooLarge();
  return { type: parsed.data.type, ubo: parsed.data.ubo, bytes: new Uint8Array(await file.arrayBuffer()) };
}
