import type { TChildEvent, THostMessage } from "../../core/protocol";
import type { TCustomerView, TResult, TWidgetApi } from "../../widget/app/api/types";
import type { TBridge } from "../../widget/app/bridge/child-bridge";

/** A customer as the API shows it, with every individual requirement due. */
export function newCustomer(overrides: Partial<TCustomerView> = {}): TCustomerView {
  return {
    id: "customer_" + "0".repeat(32),
    type: "individual",
    kyc: "incomplete",
    requirements: ["firstName", "lastName", "email", "phoneNumber", "dob", "address.line1", "address.city", "address.postalCode", "address.country", "customerIdentityDocument", "tos"],
    dob: null,
    ssn: null,
    ...overrides,
  };
}

/** A bridge that records what the app would send to the host, and lets a test play the host. */
export function fakeBridge() {
  const events: TChildEvent[] = [];
  const handlers = new Set<(message: THostMessage) => void>();
  const bridge: TBridge = {
    stats: { ignored: 0, mode: "port" },
    emit: (type, payload) => void events.push({ channel: "open-onboarding", v: 1, type, payload } as TChildEvent),
    onMessage: (handler) => (handlers.add(handler), () => handlers.delete(handler)),
    connect: () => () => undefined,
  };
  const fromHost = (message: THostMessage) => handlers.forEach((handler) => handler(message));
  const types = () => events.map((event) => event.type);
  return { bridge, events, types, fromHost };
}

type Handler = (body: Record<string, unknown> | undefined, secret: string) => TResult<unknown>;

/**
 * An in-memory widget API: each route is a function the test can replace.
 * `secret` is what the client sent, to assert that retries use the new one.
 */
export function fakeApi(customer: TCustomerView, getSecret: () => string) {
  const state = { customer, calls: [] as Array<{ route: string; body?: unknown; secret: string }>, watchers: new Set<(u: { kyc: any; requirements: string[] }) => void>() };
  const ok = <T>(data: T): TResult<T> => ({ ok: true, data });
  const routes: Record<string, Handler> = {
    session: () => ok({ session: { id: "ses_1", expiresAt: "", locale: null, allowedOrigins: ["https://host.example"] }, customer: state.customer }),
    customer: (body) => {
      const { address, ...rest } = body ?? {};
      const requirements = state.customer.requirements.filter((path) => {
        const key = path.split(".")[0]!;
        return !(key in (body ?? {}));
      });
      state.customer = { ...state.customer, ...(rest as object), address: (address as never) ?? state.customer.address, requirements, dob: rest.dob ? { provided: true } : state.customer.dob };
      return ok({ customer: state.customer });
    },
    document: () => {
      state.customer = { ...state.customer, requirements: state.customer.requirements.filter((p) => p !== "customerIdentityDocument") };
      return ok({ document: { id: "doc_1", type: "identityDocumentFront", uboId: null, contentType: "image/png", size: 1, created: "" }, customer: state.customer });
    },
    terms: () => {
      state.customer = { ...state.customer, requirements: state.customer.requirements.filter((p) => p !== "tos") };
      return ok({ customer: state.customer });
    },
    submit: () => {
      state.customer = { ...state.customer, kyc: "pending" };
      return ok({ customer: state.customer });
    },
  };
  const run = (route: string, body?: Record<string, unknown>) => {
    state.calls.push({ route, body, secret: getSecret() });
    return Promise.resolve(routes[route]!(body, getSecret())) as Promise<any>;
  };
  const api: TWidgetApi = {
    getSession: () => run("session"),
    updateCustomer: (input) => run("customer", input),
    uploadDocument: (_file, type, onProgress) => (onProgress?.(0.5), run("document", { type })),
    acceptTerms: () => run("terms"),
    submit: () => run("submit"),
    watch: (onUpdate) => (state.watchers.add(onUpdate), () => state.watchers.delete(onUpdate)),
  };
  /** Plays a server-sent status change. */
  const push = (update: { kyc: any; requirements: string[] }) => state.watchers.forEach((watcher) => watcher(update));
  return { api, state, routes, push };
}
