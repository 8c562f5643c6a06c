import { expect } from "vitest";
import { US_BUSINESS, US_OWNER } from "../../core/fixtures.ts";
import type { createApiHarness } from "../api-harness.ts";

type TApi = ReturnType<typeof createApiHarness>;

/** A 1×1 PNG: the smallest image the documents module accepts. */
export const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

export { US_BUSINESS, US_OWNER };

/** Issue 5's business: three owners, one a control person below 25 %. */
export const THREE_OWNERS = [
  { ...US_OWNER, firstName: "Ada", ownershipPercentage: 50, isControlPerson: false },
  { ...US_OWNER, firstName: "Grace", email: "grace@example.com", ownershipPercentage: 30, isControlPerson: false },
  { ...US_OWNER, firstName: "Alan", email: "alan@example.com", ownershipPercentage: 10, isControlPerson: true },
];

/** Creates a business with its company answers (no owners), through the secret-key API. */
export async function createBusiness(api: TApi, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await api.call("POST", "/v1/customer", { body: { type: "business", ...US_BUSINESS, ...extra } });
  expect(res.status, res.text).toBe(200);
  return res.body.data.customer.id;
}

/** Adds one owner through `POST /v1/customer/:id/ubo`; returns its id. */
export async function addOwner(api: TApi, customerId: string, owner: Record<string, unknown>): Promise<string> {
  const res = await api.call("POST", `/v1/customer/${customerId}/ubo`, { body: owner });
  expect(res.status, res.text).toBe(200);
  return res.body.data.ubo.id;
}

/** Uploads a document through the secret-key API (JSON + base64), optionally for an owner. */
export async function uploadDocument(api: TApi, customerId: string, type: string, ubo?: string) {
  const res = await api.call("POST", `/v1/customer/${customerId}/document`, { body: { type, file: PNG.toString("base64"), ...(ubo ? { ubo } : {}) } });
  expect(res.status, res.text).toBe(200);
  return res;
}

export const COMPANY_DOCUMENTS = ["incorporationDocument", "shareholderDocument", "statementOfFunds"] as const;
