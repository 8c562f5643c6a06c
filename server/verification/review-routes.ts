import { Hono, type Context } from "hono";
import * as z from "zod/mini";
import { ZAdditionalReviewRequiredReason } from "../../core/customer/enums.ts";
import type { TCustomerService } from "../customers/customer-service.ts";
import type { TCustomerSnapshot } from "../customers/customer-store.ts";
import { etagFor } from "../customers/etag.ts";
import type { Database, Queryable } from "../db/database.ts";
import { validationError } from "../http/api-error.ts";
import { clientInfo } from "../http/client-info.ts";
import { successBody } from "../http/envelope.ts";
import type { createIdempotency } from "../http/idempotency.ts";
import { readJsonBody } from "../http/read-body.ts";
import { ZText } from "../../core/validation/text.ts";
import type { TVerificationService } from "./verification-service.ts";

/** Seed 003's manual decision: `reason` is required with, and only with, additionalReviewRequired. */
export const ZManualDecision = z.strictObject({
  decision: z.enum(["approved", "rejected", "additionalReviewRequired"]),
  reason: z.optional(ZAdditionalReviewRequiredReason),
  note: z.optional(ZText(1000)),
});

export type TReviewRoutesDeps = {
  db: Database;
  customers: TCustomerService;
  verification: TVerificationService;
  idempotency: ReturnType<typeof createIdempotency>;
};

/**
 * `/v1/customer/:id/submit` and `/v1/customer/:id/review` (seed 003) for the
 * host's back end and its operators (secret key).
 */
export function reviewRoutes({ db, customers, verification, idempotency }: TReviewRoutesDeps) {
  const app = new Hono();

  const respond = async (c: Context, tx: Queryable, snapshot: TCustomerSnapshot) => ({
    status: 200,
    body: successBody(c, { customer: await customers.present(tx, snapshot.record) }),
    headers: { ETag: etagFor(snapshot.version) },
  });

  app.post("/:id/submit", (c) =>
    idempotency.run(c, c.get("actor"), async (tx) =>
      respond(c, tx, await verification.submit(tx, c.req.param("id"), { client: clientInfo(c), ifMatch: c.req.header("If-Match") })),
    ),
  );

  app.get("/:id/review", async (c) => {
    const review = await db.transaction((tx) => verification.getReview(tx, c.req.param("id")));
    return c.json(successBody(c, review));
  });

  app.post("/:id/review", async (c) => {
    const input = await readJsonBody(c, ZManualDecision);
    if ((input.decision === "additionalReviewRequired") !== (input.reason !== undefined)) {
      const needed = input.decision === "additionalReviewRequired";
      throw validationError([{
        path: "reason",
        code: needed ? "required" : "reason_not_allowed",
        message: needed ? "Say what the customer must provide or what is being reviewed." : "A reason goes only with additionalReviewRequired; use note to explain a decision.",
      }]);
    }
    return idempotency.run(c, c.get("actor"), async (tx) =>
      respond(c, tx, await verification.review(tx, c.req.param("id"), input, { ...clientInfo(c), actor: c.get("actor") })),
    );
  });

  return app;
}
