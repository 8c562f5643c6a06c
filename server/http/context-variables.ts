/**
 * What middleware puts on the request context, typed once for every route.
 */
declare module "hono" {
  interface ContextVariableMap {
    /** `request_<32 hex>`, echoed in every envelope. */
    requestId: string;
    /** Who is calling: "secret_key" for the host back end, or a session id for the widget. */
    actor: string;
  }
}
export {};
