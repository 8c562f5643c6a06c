import { ZCustomerCreateInput, ZCustomerUpdateInput } from "../../core/customer/customer-input.ts";
import { ZUboInput } from "../../core/customer/ubo.ts";
import { ZCustomerView } from "../../core/customer/customer-view.ts";
import { ZCustomerListQuery } from "../customers/list-query.ts";
import { jsonSchemaOf } from "./json-schema.ts";
import { ZRotateSecretInput, ZWebhookEndpointCreateInput, ZWebhookEndpointUpdateInput } from "../../core/webhooks/endpoint-input.ts";
import { ZSessionCreateInput } from "../sessions/session-input.ts";
import { ZManualDecision } from "../verification/review-routes.ts";

type TOperation = { summary: string; description?: string; body?: string; response: string; params?: string[]; query?: boolean; idempotent?: boolean; ifMatch?: boolean; multipart?: boolean };

/** The API surface, one line per operation; schemas come from the same zod schemas that validate requests. */
const OPERATIONS: Record<string, Record<string, TOperation>> = {
  "/v1/customer": {
    post: { summary: "Create a customer", description: "Every field is optional: `{}` creates an empty customer for the widget to complete (seed 002).", body: "CustomerCreateInput", response: "Customer", idempotent: true },
    get: { summary: "List customers", description: "Newest first. Filters combine with AND. Follow `nextCursor` while `hasMore`.", response: "CustomerPage", query: true },
  },
  "/v1/customer/{id}": {
    get: { summary: "Retrieve a customer", description: "PII is masked: `ssn`/`ein` show the last 4 digits, `dob` only that it was provided.", response: "Customer", params: ["id"] },
    post: { summary: "Update a customer", description: "Any parameters not provided are left unchanged; `meta` merges. Refused once KYC is approved.", body: "CustomerUpdateInput", response: "Customer", params: ["id"], idempotent: true, ifMatch: true },
    delete: { summary: "Delete a customer", description: "Erases the personal data (GDPR Art. 17) and keeps a tombstone; the customer is 404 afterwards.", response: "Deleted", params: ["id"], idempotent: true, ifMatch: true },
  },
  "/v1/customer/{id}/deactivate": { patch: { summary: "Deactivate a customer", description: "A deactivated customer can't be updated until activated.", response: "Customer", params: ["id"], idempotent: true, ifMatch: true } },
  "/v1/customer/{id}/activate": { patch: { summary: "Activate a customer", response: "Customer", params: ["id"], idempotent: true, ifMatch: true } },
  "/v1/customer/{id}/unmask": { get: { summary: "Unmask a customer's PII", description: "Returns SSN, EIN and date of birth in full. Every call is written to the audit log.", response: "Customer", params: ["id"] } },
  "/v1/customer/{id}/ubo": {
    post: { summary: "Add a beneficial owner", description: "Adding or removing an owner clears the ownership attestation.", body: "UboInput", response: "Ubo", params: ["id"], idempotent: true, ifMatch: true },
  },
  "/v1/customer/{id}/ubo/{uboId}": {
    get: { summary: "Retrieve a beneficial owner", response: "Ubo", params: ["id", "uboId"] },
    post: { summary: "Update a beneficial owner", body: "UboInput", response: "Ubo", params: ["id", "uboId"], idempotent: true, ifMatch: true },
    delete: { summary: "Remove a beneficial owner", description: "Its documents are removed too.", response: "Ubo", params: ["id", "uboId"], idempotent: true, ifMatch: true },
  },
  "/v1/customer/{id}/document": {
    post: { summary: "Upload a document", description: "multipart/form-data: `file`, `type`, optional `ubo`. JPEG, PNG or PDF, decided from the bytes; at most 10 MB and 8000×8000 px; JPEG metadata (GPS) removed.", response: "Document", params: ["id"], idempotent: true, multipart: true },
    get: { summary: "List a customer's documents", description: "Metadata only.", response: "Documents", params: ["id"] },
  },
  "/v1/customer/{id}/document/{documentId}": {
    get: { summary: "Download a document", description: "Served as an attachment with `X-Content-Type-Options: nosniff`.", response: "File", params: ["id", "documentId"] },
  },
  "/v1/customer/{id}/submit": { post: { summary: "Submit for verification", description: "`incomplete` → `pending` once nothing is required; else 422 `requirements_outstanding` listing the paths.", response: "Customer", params: ["id"], idempotent: true } },
  "/v1/customer/{id}/review": {
    get: { summary: "Verification results", description: "Decision, per-check breakdown and reasons (seed 003).", response: "Review", params: ["id"] },
    post: { summary: "Record a manual decision", description: "An operator's decision, audited.", body: "ManualDecision", response: "Customer", params: ["id"], idempotent: true },
  },
  "/v1/onboarding/session": {
    post: { summary: "Create a widget session", description: "Returns a short-lived `clientSecret` (shown once) and the hosted `url` of the flow.", body: "SessionCreateInput", response: "Session", idempotent: true },
  },
  "/v1/webhook": {
    post: { summary: "Subscribe a webhook endpoint", description: "Returns the `whsec_` signing secret once. Deliveries follow Standard Webhooks 1.0.", body: "WebhookCreateInput", response: "Webhook", idempotent: true },
    get: { summary: "List webhook endpoints", response: "Webhooks" },
  },
  "/v1/webhook/{id}": {
    get: { summary: "Retrieve a webhook endpoint", response: "Webhook", params: ["id"] },
    post: { summary: "Update a webhook endpoint", description: "Also re-enables an endpoint disabled by a 410.", body: "WebhookUpdateInput", response: "Webhook", params: ["id"], idempotent: true },
    delete: { summary: "Delete a webhook endpoint", response: "Webhook", params: ["id"], idempotent: true },
  },
  "/v1/webhook/{id}/rotate-secret": { post: { summary: "Rotate the signing secret", description: "The old secret keeps signing beside the new one for a window.", body: "RotateSecretInput", response: "Webhook", params: ["id"], idempotent: true } },
  "/v1/webhook/{id}/deliveries": { get: { summary: "Delivery attempts", description: "Every attempt: status, duration, error, next retry.", response: "Deliveries", params: ["id"] } },
  "/v1/webhook/{id}/deliveries/{deliveryId}/retry": { post: { summary: "Retry a delivery now", response: "Delivery", params: ["id", "deliveryId"], idempotent: true } },
};

const ENVELOPE = {
  type: "object",
  required: ["ok", "object", "statusCode", "error", "message", "data", "ts", "request"],
  properties: {
    ok: { type: "boolean" },
    object: { type: "string", enum: ["object", "array", "error"] },
    statusCode: { type: "integer" },
    error: {
      type: "object",
      nullable: true,
      properties: {
        code: { type: "string", description: "Stable, machine-readable." },
        message: { type: "string" },
        fields: { type: "array", items: { type: "object", properties: { path: { type: "string" }, code: { type: "string" }, message: { type: "string" } } } },
      },
    },
    message: { type: "string" },
    data: { nullable: true },
    ts: { type: "string", format: "date-time" },
    request: { type: "string" },
  },
};

/** Builds the OpenAPI 3.0 document served at `/v1/openapi.json`. */
export function buildOpenApiDocument() {
  const customer = jsonSchemaOf(ZCustomerView, "output");
  const schemas: Record<string, unknown> = {
    Envelope: ENVELOPE,
    CustomerCreateInput: jsonSchemaOf(ZCustomerCreateInput),
    CustomerUpdateInput: jsonSchemaOf(ZCustomerUpdateInput),
    UboInput: jsonSchemaOf(ZUboInput),
    Customer: customer,
    ManualDecision: jsonSchemaOf(ZManualDecision),
    SessionCreateInput: jsonSchemaOf(ZSessionCreateInput),
    WebhookCreateInput: jsonSchemaOf(ZWebhookEndpointCreateInput),
    WebhookUpdateInput: jsonSchemaOf(ZWebhookEndpointUpdateInput),
    RotateSecretInput: jsonSchemaOf(ZRotateSecretInput),
  };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries(OPERATIONS)) {
    paths[path] = {};
    for (const [method, op] of Object.entries(methods)) paths[path]![method] = operation(op);
  }
  return {
    openapi: "3.0.3",
    info: { title: "Open Onboarding API", version: "1.0.0", description: "Customers (Sphere-compatible shape), KYC/KYB requirements and verification. Every response is wrapped in the envelope." },
    servers: [{ url: "/" }],
    security: [{ secretKey: [] }],
    paths,
    components: { schemas, securitySchemes: { secretKey: { type: "http", scheme: "bearer", description: "Your server's secret key (sk_…). Never send it to a browser." } } },
  };
}

function operation(op: TOperation) {
  const parameters: unknown[] = (op.params ?? []).map((name) => ({ name, in: "path", required: true, schema: { type: "string" } }));
  if (op.query) {
    const query = jsonSchemaOf(ZCustomerListQuery) as { properties: Record<string, unknown> };
    for (const [name, schema] of Object.entries(query.properties)) parameters.push({ name, in: "query", required: false, schema });
  }
  if (op.idempotent) parameters.push({ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", maxLength: 255 }, description: "Retries with the same key replay the first response for 24 hours." });
  if (op.ifMatch) parameters.push({ name: "If-Match", in: "header", required: false, schema: { type: "string" }, description: "The ETag you read; a stale one gets 412." });
  const data = op.response === "Customer" ? { customer: { $ref: "#/components/schemas/Customer" } } : {};
  return {
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    parameters,
    ...(op.body ? { requestBody: { required: false, content: { "application/json": { schema: { $ref: `#/components/schemas/${op.body}` } } } } } : {}),
    ...(op.multipart
      ? { requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", required: ["file", "type"], properties: { file: { type: "string", format: "binary" }, type: { type: "string" }, ubo: { type: "string" } } } } } } }
      : {}),
    responses: {
      "200": { description: "Success", content: { "application/json": { schema: { allOf: [{ $ref: "#/components/schemas/Envelope" }, { type: "object", properties: { data: { type: "object", properties: data } } }] } } } },
      default: { description: "Error (see `error.code`)", content: { "application/json": { schema: { $ref: "#/components/schemas/Envelope" } } } },
    },
  };
}
