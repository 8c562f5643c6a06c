import type { Database } from "../../server/db/database.ts";
import { openTestDatabase } from "../support/databases.ts";
import { createApiHarness, TEST_SECRET_KEY } from "../server/api-harness.ts";
import { b64, png } from "../server/documents/fixtures.ts";

/** The PII the seeded customers hold: none of it may ever appear in a response, in any form. */
export const STORED_PII = { ssn: "536-22-8917", ein: "27-4418093", dob: { day: 7, month: 11, year: 1961 }, uboSsn: "478-31-2045" };
const NEEDLES = ["536-22-8917", "536228917", "27-4418093", "274418093", "478-31-2045", "478312045", '"year":1961', "1961-11-07", "11/07/1961"];

/** Every table a request can write; a refused request must leave this fingerprint unchanged. */
const TABLES = ["customers", "documents", "acceptances", "webhook_endpoints", "webhook_events", "onboarding_sessions", "idempotency_keys", "audit_log", "verification_jobs"];
const FINGERPRINT = `select md5(${TABLES.map((t) => `coalesce((select string_agg(x::text, '|' order by x::text) from ${t} x), '')`).join(" || ")}) as fp`;

/**
 * One app on one PGlite database with known victims: an individual and a business
 * with PII, a document, a webhook endpoint and a widget session. The fuzz
 * properties fire generated requests at it and check each answer.
 */
export async function createFuzzWorld() {
  const db: Database = await openTestDatabase("pglite");
  const api = createApiHarness(db, { webhooks: { allowPrivateTargets: true } });
  const ok = async (method: string, path: string, body?: unknown, auth?: string) => {
    const res = await api.call(method, path, { body, auth });
    if (res.status >= 300) throw new Error(`seeding ${method} ${path}: ${res.text}`);
    return res.body.data;
  };
  const person = (await ok("POST", "/v1/customer", { firstName: "Vic", lastName: "Tim", ssn: STORED_PII.ssn, dob: STORED_PII.dob })).customer;
  const business = (await ok("POST", "/v1/customer", {
    type: "business", name: "Victim Co", ein: STORED_PII.ein, ubos: [{ firstName: "Ubo", lastName: "Owner", ssn: STORED_PII.uboSsn, dob: STORED_PII.dob }],
  })).customer;
  const document = (await ok("POST", `/v1/customer/${person.id}/document`, { type: "identityDocumentFront", file: b64(png(20, 20)) })).document;
  const webhook = (await ok("POST", "/v1/webhook", { url: "http://127.0.0.1:9/hooks", events: ["*"] })).webhook;
  const session = await ok("POST", "/v1/onboarding/session", { customer: person.id, allowedOrigins: ["https://host.example"] });
  const ids = {
    customer: person.id as string, business: business.id as string, ubo: business.ubos[0].id as string,
    document: document.id as string, webhook: webhook.id as string, clientSecret: session.clientSecret as string,
  };

  return {
    db, api, ids, secretKey: TEST_SECRET_KEY,
    fingerprint: async () => (await db.query<{ fp: string }>(FINGERPRINT)).rows[0]!.fp,
    close: () => db.close(),
  };
}

export type TFuzzWorld = Awaited<ReturnType<typeof createFuzzWorld>>;

const ENVELOPE_KEYS = ["data", "error", "message", "object", "ok", "request", "statusCode", "ts"];

/**
 * What every answer must be, whatever was sent: below 500; the envelope (except a
 * document download); and no stored PII, nor any SSN/EIN the request itself sent.
 * Returns a description of the first problem, or null.
 */
export function answerProblem(res: { status: number; text: string; body: any; headers: Headers }, sentSecrets: string[] = [], unmask = false): string | null {
  if (res.status >= 500) return `status ${res.status}: ${res.text.slice(0, 300)}`;
  // GET …/unmask is the one audited route whose success is the PII itself.
  const needles = unmask && res.status === 200 ? [] : [...NEEDLES, ...sentSecrets];
  for (const needle of needles) if (needle.length >= 9 && res.text.includes(needle)) return `echoed ${needle}`;
  const isDownload = res.status === 200 && !/json/.test(res.headers.get("Content-Type") ?? "");
  if (isDownload) return null;
  const body = res.body;
  if (!body || typeof body !== "object") return `not JSON: ${res.text.slice(0, 200)}`;
  if (Object.keys(body).sort().join() !== ENVELOPE_KEYS.join()) return `not the envelope: ${Object.keys(body).join()}`;
  if (body.statusCode !== res.status || body.ok !== res.status < 300) return `envelope disagrees with status ${res.status}`;
  if (!body.ok && (typeof body.error?.code !== "string" || body.object !== "error")) return "error without a code";
  return null;
}
