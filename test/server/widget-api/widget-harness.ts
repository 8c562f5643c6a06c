import { expect } from "vitest";
import type { createApiHarness, TCallOptions } from "../api-harness.ts";

export const HOST_ORIGIN = "https://shop.example";

type TApi = ReturnType<typeof createApiHarness>;

/** Mints a session through the real endpoint (secret key), as a host back end does. */
export async function mintSession(api: TApi, body: Record<string, unknown> = {}) {
  const res = await api.call("POST", "/v1/onboarding/session", { body: { allowedOrigins: [HOST_ORIGIN], ...body } });
  expect(res.status, res.text).toBe(200);
  return res.body.data as { clientSecret: string; session: { id: string; customer: string; expiresAt: string; url: string; allowedOrigins: string[]; locale: string | null } };
}

/** A `/v1/widget/*` call with a client secret, as the widget app makes it. */
export function widgetCall(api: TApi, method: string, path: string, clientSecret: string, opts: Omit<TCallOptions, "auth"> = {}) {
  return api.call(method, `/v1/widget${path}`, { ...opts, auth: clientSecret });
}

/** Identity and address answers that satisfy every field requirement of a US individual. */
export const IDENTITY = { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", phoneNumber: "+14155550123", dob: { day: 10, month: 12, year: 1985 } };
export const ADDRESS = { address: { line1: "1 Main St", city: "San Francisco", state: "CA", postalCode: "94107", country: "USA" }, ssn: "123-45-6789" };
