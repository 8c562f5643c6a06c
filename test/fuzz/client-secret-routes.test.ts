import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { png, pdf } from "../server/documents/fixtures.ts";
import { body, headers, secretsIn, segment } from "./arbitraries.ts";
import { answerProblem, createFuzzWorld, type TFuzzWorld } from "./fuzz-world.ts";

/** The widget API (client secret), plus paths a client secret must not reach. */
const ROUTES: Array<[string, string]> = [
  ["GET", "/v1/widget/session"], ["GET", "/v1/widget/customer"], ["GET", "/v1/widget/customer/:c"], ["POST", "/v1/widget/customer"],
  ["POST", "/v1/widget/document"], ["POST", "/v1/widget/terms"], ["POST", "/v1/widget/submit"],
  ["GET", "/v1/widget/customer/:c/unmask"], ["DELETE", "/v1/widget/customer/:c"], ["GET", "/v1/widget/webhook"],
  ["GET", "/v1/customer/:c"], ["GET", "/v1/customer/:c/unmask"], ["POST", "/v1/onboarding/session"],
];
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 250);

/** A multipart upload with a random `type` and a file that is an image, a PDF, or noise. */
const upload = fc.record({
  type: fc.oneof(fc.constantFrom("identityDocumentFront", "proofOfAddressDocument", "incorporationDocument"), fc.string({ maxLength: 20 })),
  file: fc.oneof(fc.constant(png(4, 4)), fc.constant(pdf()), fc.uint8Array({ maxLength: 300 }), fc.constant(null)),
}).map(({ type, file }) => {
  const form = new FormData();
  form.set("type", type);
  if (file) form.set("file", new Blob([new Uint8Array(file)]), "x.bin");
  return form;
});

describe("fuzzing the widget API with a client secret (PGlite)", () => {
  let world: TFuzzWorld;
  beforeAll(async () => {
    world = await createFuzzWorld();
  }, 60_000);
  afterAll(() => world?.close());

  it("answers with the envelope, never a 5xx, never unmasked PII, and never another customer's data", { timeout: 60_000 }, async () => {
    const { ids } = world;
    const request = fc.record({
      route: fc.constantFrom(...ROUTES),
      c: segment([ids.customer, ids.business]),
      body: fc.oneof(body, upload), headers,
      auth: fc.constantFrom(ids.clientSecret, ids.clientSecret, ids.clientSecret, ids.clientSecret.replace(/.{3}$/, "abc"), `cs_ses_${"0".repeat(32)}_${"A".repeat(43)}`, world.secretKey),
    });
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const [method, template] = r.route;
        const path = template.replace(":c", r.c);
        // The secret key is fuzzed against the widget API only (elsewhere it is meant to work).
        if (r.auth === world.secretKey && !path.startsWith("/v1/widget")) r.auth = ids.clientSecret;
        const before = await world.fingerprint();
        let res;
        if (r.body instanceof FormData) {
          const { "Content-Type": _dropped, ...rest } = r.headers;
          const raw = await world.api.app.request(path, { method, body: method === "GET" ? undefined : r.body, headers: { ...rest, Authorization: `Bearer ${r.auth}` } });
          const text = await raw.text();
          res = { status: raw.status, text, headers: raw.headers, body: JSON.parse(text) };
        } else {
          res = await world.api.call(method, path, { body: method === "GET" ? undefined : r.body, headers: r.headers, auth: r.auth });
        }
        const problem = answerProblem(res, typeof r.body === "string" ? secretsIn(r.body) : []);
        if (problem) throw new Error(`${method} ${path}: ${problem}`);
        // The session reaches one customer; the business (another customer) never shows.
        expect(res.text).not.toContain("Victim Co");
        if (res.status >= 400) expect(await world.fingerprint(), `${method} ${path} → ${res.status} changed stored data`).toBe(before);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
