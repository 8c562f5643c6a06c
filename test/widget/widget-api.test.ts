import { describe, expect, it } from "vitest";
import { parseBlock } from "../../widget/app/api/sse";
import { createWidgetApi } from "../../widget/app/api/widget-api";

function respond(status: number, body: unknown) {
  const requests: Array<{ url: string; init: RequestInit }> = [];
  const fetch = (async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    return new Response(JSON.stringify(body), { status });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, requests };
}

describe("widget API client", () => {
  it("sends the client secret as a bearer token and unwraps the envelope", async () => {
    const { fetch, requests } = respond(200, { ok: true, data: { customer: { id: "c" } } });
    const api = createWidgetApi({ baseUrl: "https://s.example/", getClientSecret: () => "cs_ses_1_x", fetch });
    expect(await api.updateCustomer({ firstName: "Ada" })).toEqual({ ok: true, data: { customer: { id: "c" } } });
    expect(requests[0]!.url).toBe("https://s.example/v1/widget/customer");
    expect((requests[0]!.init.headers as Record<string, string>).Authorization).toBe("Bearer cs_ses_1_x");
  });

  it("returns coded errors with field issues, and network failures as network_error", async () => {
    const fields = [{ path: "email", code: "invalid_email", message: "bad" }];
    const { fetch } = respond(422, { ok: false, error: { code: "validation_failed", message: "bad", fields } });
    const api = createWidgetApi({ baseUrl: "https://s.example", getClientSecret: () => "x", fetch });
    expect(await api.submit()).toEqual({ ok: false, error: { code: "validation_failed", message: "bad", status: 422, fields } });
    const offline = createWidgetApi({ baseUrl: "https://s.example", getClientSecret: () => "x", fetch: (() => Promise.reject(new TypeError("offline"))) as never });
    expect((await offline.getSession()).ok).toBe(false);
  });

  it("parses server-sent event blocks and skips keep-alive comments", () => {
    expect(parseBlock('event: customer\ndata: {"kyc":"approved","requirements":[]}')).toEqual({ event: "customer", data: '{"kyc":"approved","requirements":[]}' });
    expect(parseBlock(": keep-alive")).toBeNull();
  });
});
