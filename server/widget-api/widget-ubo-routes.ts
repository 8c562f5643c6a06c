import { Hono, type Context } from "hono";
import { ZUboInput, type TUboInput } from "../../core/customer/ubo.ts";
import type { TFieldIssue } from "../../core/errors/field-issue.ts";
import type { TChangeOptions } from "../customers/customer-service.ts";
import type { TUboService } from "../customers/ubo-service.ts";
import type { Queryable } from "../db/database.ts";
import { ApiError, validationError } from "../http/api-error.ts";
import { readJsonBody } from "../http/read-body.ts";

export type TWidgetUboRoutesDeps = {
  customerId: (c: Context) => string;
  /** widget-routes' change: one transaction, idempotent per session, answers the customer. */
  change: (c: Context, work: (tx: Queryable) => Promise<Record<string, unknown> | void>) => Promise<Response>;
  options: (c: Context) => TChangeOptions;
  ubos?: TUboService;
};

/**
 * `/v1/widget/ubo…` (client secret): the owners of the session's own business.
 * No customer id in the path, so no other customer can be named; an owner id of
 * another customer is 404 like an unknown one. Answers `{ ubo: { id }, customer }`.
 * Identity documents are uploaded through `POST /v1/widget/document` with `ubo`.
 */
export function widgetUboRoutes({ customerId, change, options, ubos }: TWidgetUboRoutesDeps) {
  const app = new Hono();
  const service = () => {
    if (!ubos) throw new ApiError(501, "not_available", "Beneficial owners are not available on this server.");
    return ubos;
  };

  app.post("/", async (c) => {
    const input = await readWidgetUbo(c);
    if (input.id !== undefined) throw validationError([{ path: "id", code: "unknown_field", message: "Leave id out: the server assigns it." }]);
    return change(c, async (tx) => {
      const { uboId } = await service().create(tx, customerId(c), input, undefined, options(c));
      return { ubo: { id: uboId } };
    });
  });

  app.post("/:uboId", async (c) => {
    const input = await readWidgetUbo(c);
    const uboId = c.req.param("uboId");
    if (input.id !== undefined && input.id !== uboId) throw validationError([{ path: "id", code: "id_mismatch", message: "Must match the UBO id in the URL." }]);
    return change(c, async (tx) => {
      await service().update(tx, customerId(c), uboId, input, undefined, options(c));
      return { ubo: { id: uboId } };
    });
  });

  app.delete("/:uboId", async (c) => {
    const uboId = c.req.param("uboId");
    let removeFiles: () => Promise<void> = async () => undefined;
    const response = await change(c, async (tx) => {
      removeFiles = (await service().remove(tx, customerId(c), uboId, undefined, options(c))).removeFiles;
      return { ubo: { id: uboId, deleted: true } };
    });
    await removeFiles();
    return response;
  });

  return app;
}

/** An owner's fields as the widget may send them: documents go through the upload endpoint. */
async function readWidgetUbo(c: Context): Promise<TUboInput> {
  const input = await readJsonBody(c, ZUboInput);
  const issues: TFieldIssue[] = (["identityDocumentFront", "identityDocumentBack"] as const)
    .filter((field) => input[field] !== undefined)
    .map((field) => ({ path: field, code: "field_not_allowed", message: "Upload documents through POST /v1/widget/document with `ubo`." }));
  if (issues.length) throw validationError(issues);
  return input;
}
