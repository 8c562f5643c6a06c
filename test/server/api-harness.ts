import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp, type TAppDeps } from "../../server/app.ts";
import { createFieldCipher } from "../../server/crypto/field-cipher.ts";
import type { Database } from "../../server/db/database.ts";

export const TEST_SECRET_KEY = `sk_test_${"k".repeat(40)}`;

/** One fixed encryption key per test run: ciphertexts differ per run, plaintext never shows. */
const TEST_KEY = randomBytes(32);

export type TCallOptions = { body?: unknown; headers?: Record<string, string>; auth?: string | null };
export type TCallResult = { status: number; body: any; headers: Headers; text: string };

/**
 * The real app on a real database, called through `app.request()` (no socket).
 * `clock` is settable so age and expiry rules can be tested without sleeping.
 */
export function createApiHarness(db: Database, extra: Partial<TAppDeps> = {}) {
  let now = new Date("2026-01-15T10:00:00.000Z");
  const cipher = createFieldCipher({ keys: [{ id: "test0001", key: TEST_KEY }] });
  const log = { error: (msg: string, detail?: unknown) => console.error(msg, detail), info: () => {} };
  // Documents go to a private temp folder, never the repository's ./data.
  const documentsDir = extra.documentsDir ?? mkdtempSync(join(tmpdir(), "onboarding-documents-"));
  const app = createApp({ db, cipher, clock: () => now, secretKey: TEST_SECRET_KEY, minimumAge: 18, log, documentsDir, ...extra });

  async function call(method: string, path: string, opts: TCallOptions = {}): Promise<TCallResult> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.auth !== null) headers.Authorization = `Bearer ${opts.auth ?? TEST_SECRET_KEY}`;
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
      headers["Content-Type"] ??= "application/json";
    }
    const res = await app.request(path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    return { status: res.status, body: parsed, headers: res.headers, text };
  }

  return {
    app,
    cipher,
    documentsDir,
    call,
    setNow: (date: Date) => {
      now = date;
    },
  };
}

/** Seed 004's create example, with a phone number that is valid (the seed's +12345678900 is not a real US number). */
export const SEED_CREATE_BODY = {
  type: "individual",
  firstName: "John",
  lastName: "Doe",
  email: "johndoe123@gmail.com",
  phoneNumber: "+14155550123",
  address: { line1: "123 Main St", city: "San Francisco", postalCode: "94107", state: "CA", country: "USA" },
  dob: { month: 3, day: 23, year: 1990 },
};

/** Every field name of seed 004's response example, with its JSON type. */
export const SEED_RESPONSE_FIELDS: Record<string, string> = {
  id: "string", meta: "object", description: "null", sourceOfFunds: "null", thirdParty: "null", thirdPartyMessage: "null",
  lookupKey: "null", type: "string", kyc: "string", tos: "string", msa: "string", euAccountTos: "string",
  operatingResidency: "string", isProhibitedBusinessType: "null", website: "null", additionalReviewRequiredReason: "null",
  requirements: "array", address: "object", ubos: "array", email: "string", firstName: "string", lastName: "string",
  phoneNumber: "string", mock: "boolean", wallets: "array", bankAccounts: "array", achPullUserIntentId: "null",
  verificationLevels: "array", created: "string", updated: "string",
};

export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
