import { Hono, type Context } from "hono";
import * as z from "zod/mini";
import { ZCustomerUpdateInput } from "../../core/customer/customer-input.ts";
import { ZDocumentType } from "../../core/requirements/document-types.ts";
import { DISCLAIMERS } from "../../core/terms/tos-disclaimer.ts";
import { bodyLimit } from "hono/body-limit";
import { MAX_DOCUMENT_BYTES, tooLarge } from "../documents/inspect-document.ts";
import type { TCustomerService } from "../customers/customer-service.ts";
import type { Database, Queryable } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import { clientInfo } from "../http/client-info.ts";
import { successBody } from "../http/envelope.ts";
import type { createIdempotency } from "../http/idempotency.ts";
import { readJsonBody } from "../http/read-body.ts";
import { toSessionView } from "../sessions/session-service.ts";
import { eventsStream } from "./events-stream.ts";
import { readUpload } from "./read-upload.ts";
import type { TDocumentUploadType } from "./widget-services.ts";
import { assertWidgetWritable } from "./widget-input.ts";
import type { TWidgetLifecycle } from "./widget-services.ts";
import { toWidgetCustomerView } from "./widget-view.ts";
import { widgetUboRoutes } from "./widget-ubo-routes.ts";

export type TWidgetRoutesDeps = TWidgetLifecycle & {
  db: Database;
  customers: TCustomerService;
  idempotency: ReturnType<typeof createIdempotency>;
  clock: () => Date;
  eventsPollMs?: number;
};

const ZTermsInput = z.strictObject({ tos: z.literal(true) });
const ZSubmitInput = z.strictObject({});

/**
 * `/v1/widget/*`, behind `clientSecretAuth`: everything the widget app calls
 * (widget/app/api/widget-api.ts), always on the session's own customer. There is
 * no customer id in these paths to tamper with; the one route that takes an id
 * answers 404 for any other customer. Anything else under /v1/widget (unmask,
 * lists, delete, webhooks, …) is 403 `forbidden_for_client_secret`.
 */
export function widgetRoutes(deps: TWidgetRoutesDeps) {
  const { db, customers, idempotency } = deps;
  const app = new Hono();
  const customerId = (c: Context) => c.get("widgetSession").customerId;
  const view = async (tx: Queryable, id: string) => {
    const { record } = await customers.retrieve(tx, id);
    return toWidgetCustomerView(await customers.present(tx, record), record, customers.ownershipThreshold);
  };
  /** A change in one transaction, idempotent per session when the widget sends a key. */
  const change = (c: Context, work: (tx: Queryable) => Promise<Record<string, unknown> | void>) =>
    idempotency.run(c, c.get("actor"), async (tx) => {
      const extra = (await work(tx)) ?? {};
      return { status: 200, body: successBody(c, { ...extra, customer: await view(tx, customerId(c)) }) };
    });
  /**
   * The widget submits explicitly from its review step, so no change made here
   * submits on its own when it completes the requirements (the API's default).
   */
  const options = (c: Context) => ({ submitWhenComplete: false, client: { ...clientInfo(c), actor: c.get("actor") } });
  const need = <T>(service: T | undefined, what: string): T => {
    if (!service) throw new ApiError(501, "not_available", `${what} is not available on this server.`);
    return service;
  };

  app.get("/session", async (c) => {
    const session = c.get("widgetSession");
    const { customer: _id, ...sessionView } = toSessionView(session);
    return c.json(successBody(c, { session: sessionView, customer: await view(db, session.customerId) }));
  });

  app.get("/customer", async (c) => c.json(successBody(c, { customer: await view(db, customerId(c)) })));
  // Same answer as for an id that doesn't exist: a client secret learns nothing about other customers.
  app.get("/customer/:id", async (c) => {
    if (c.req.param("id") !== customerId(c)) throw new ApiError(404, "customer_not_found", `No customer with id ${c.req.param("id")}.`);
    return c.json(successBody(c, { customer: await view(db, customerId(c)) }));
  });

  app.post("/customer", async (c) => {
    const input = await readJsonBody(c, ZCustomerUpdateInput);
    assertWidgetWritable(input);
    return change(c, async (tx) => void (await customers.update(tx, customerId(c), input, undefined, options(c))));
  });

  // Counted while the body streams in (room for the multipart framing), then the file is checked again.
  const uploadLimit = bodyLimit({ maxSize: MAX_DOCUMENT_BYTES + 64 * 1024, onError: () => { throw tooLarge(); } });
  app.post("/document", uploadLimit, async (c) => {
    const documents = need(deps.documents, "Document upload");
    const upload = await readUpload(c, ZDocumentType.options);
    return change(c, async (tx) => {
      // `ubo`: an owner's identity document (issue 5); the documents module checks it is this customer's.
      const input = { customerId: customerId(c), type: upload.type as TDocumentUploadType, uboId: upload.ubo, bytes: upload.bytes };
      const document = await documents.upload(tx, input, options(c));
      return { document };
    });
  });

  app.post("/terms", async (c) => {
    const acceptances = need(deps.acceptances, "Accepting terms");
    await readJsonBody(c, ZTermsInput);
    const { ip, userAgent } = clientInfo(c);
    // The version of the text the widget shows; the acceptance row keeps that exact text.
    const disclaimerVersion = DISCLAIMERS.tos.version;
    return change(c, async (tx) => {
      await acceptances.accept(tx, { customerId: customerId(c), kind: "tos", disclaimerVersion, ip, userAgent, actor: c.get("actor") }, options(c));
    });
  });

  app.post("/submit", async (c) => {
    const verification = need(deps.verification, "Verification");
    await readJsonBody(c, ZSubmitInput);
    return change(c, async (tx) => void (await verification.submit(tx, customerId(c), options(c))));
  });

  app.route("/ubo", widgetUboRoutes({ customerId, change, options, ubos: deps.ubos }));

  app.get("/events", eventsStream({ db, customers, clock: deps.clock, pollMs: deps.eventsPollMs }));

  app.all("*", (c) => {
    throw new ApiError(403, "forbidden_for_client_secret", `A client secret can't call ${c.req.method} ${c.req.path}: use your secret key from your back end.`);
  });

  return app;
}
