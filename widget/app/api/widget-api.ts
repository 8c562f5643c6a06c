import { fromEnvelope, networkError } from "./envelope";
import type { TCustomerView, TResult, TSessionData, TWidgetApi } from "./types";

/** How often to poll the session when the events stream is unavailable. */
export const POLL_INTERVAL_MS = 3000;

export type TWidgetApiDeps = {
  /** Server origin or base URL, e.g. "https://onboard.example". */
  baseUrl: string;
  /** Read on every request, so a refreshed secret is used by the retry. */
  getClientSecret: () => string;
  fetch: typeof fetch;
  createXhr?: () => XMLHttpRequest;
  setTimeout?: typeof setTimeout;
};

/**
 * The widget's client for `/v1/widget/*`. Every method resolves to
 * `{ ok: true, data } | { ok: false, error }` and never throws.
 * @example
 * const api = createWidgetApi({ baseUrl: location.origin, getClientSecret: () => secret, fetch });
 * const result = await api.updateCustomer({ firstName: "Ada" });
 */
export function createWidgetApi(deps: TWidgetApiDeps): TWidgetApi {
  const base = deps.baseUrl.replace(/\/$/, "") + "/v1/widget";
  const wait = deps.setTimeout ?? setTimeout;
  const auth = () => ({ Authorization: "Bearer " + deps.getClientSecret() });

  async function request<T>(method: string, path: string, body?: unknown): Promise<TResult<T>> {
    try {
      const response = await deps.fetch(base + path, {
        method,
        headers: body === undefined ? auth() : { ...auth(), "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: "omit",
      });
      const parsed: unknown = await response.json().catch(() => null);
      return fromEnvelope<T>(response.status, parsed);
    } catch (error) {
      return networkError(error);
    }
  }

  const customerCall = (path: string, body?: unknown) => request<{ customer: TCustomerView }>("POST", path, body);

  return {
    getSession: () => request<TSessionData>("GET", "/session"),
    updateCustomer: (input) => customerCall("/customer", input),
    acceptTerms: () => customerCall("/terms", { tos: true }),
    submit: () => customerCall("/submit", {}),
    createHandoff: (locale) => request<{ url: string; expiresAt: string }>("POST", "/handoff", { locale }),
    send: (method, path, body) => request(method, path, body),
    uploadDocument(file, type, onProgress, uboId) {
      const form = new FormData();
      form.append("type", type);
      if (uboId) form.append("ubo", uboId);
      form.append("file", file, (file as File).name || type + ".jpg");
      // Uploads and the events stream belong to later steps: their code loads with them (issue 7).
      return import("./upload").then(
        ({ uploadWithProgress }) => uploadWithProgress({ url: base + "/document", form, clientSecret: deps.getClientSecret(), onProgress, createXhr: deps.createXhr }),
        networkError, // the chunk didn't load (offline): a result like any failed call, never a throw
      );
    },
    watch(onUpdate) {
      const controller = new AbortController();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const poll = async () => {
        const result = await request<TSessionData>("GET", "/session");
        if (controller.signal.aborted) return;
        if (result.ok) onUpdate({ kyc: result.data.customer.kyc, requirements: result.data.customer.requirements });
        timer = wait(poll, POLL_INTERVAL_MS);
      };
      import("./sse")
        .then(async ({ readSse }) => {
          const response = await deps.fetch(base + "/events", { headers: { ...auth(), Accept: "text/event-stream" }, signal: controller.signal, credentials: "omit" });
          await readSse(response, (event) => {
            if (event.event === "customer") onUpdate(JSON.parse(event.data));
          });
        })
        // The stream failed or ended: fall back to polling (a proxy may buffer or cut SSE).
        .catch(() => undefined)
        .then(() => {
          if (!controller.signal.aborted) void poll();
        });
      return () => {
        controller.abort();
        clearTimeout(timer);
      };
    },
  };
}
