import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { body, headers, query, secretsIn, segment } from "./arbitraries.ts";
import { answerProblem, createFuzzWorld, type TFuzzWorld } from "./fuzz-world.ts";

/** Every secret-key route, as method + path template (`:c` customer, `:u` UBO, `:d` document, `:w` webhook). */
const ROUTES: Array<[string, string]> = [
  ["POST", "/v1/customer"], ["GET", "/v1/customer"], ["GET", "/v1/customer/:c"], ["POST", "/v1/customer/:c"], ["DELETE", "/v1/customer/:c"],
  ["PATCH", "/v1/customer/:c/activate"], ["PATCH", "/v1/customer/:c/deactivate"], ["GET", "/v1/customer/:c/unmask"],
  ["GET", "/v1/customer/:c/ubo/:u"], ["POST", "/v1/customer/:c/ubo/:u"], ["POST", "/v1/customer/:c/document"], ["GET", "/v1/customer/:c/document"],
  ["GET", "/v1/customer/:c/document/:d"], ["POST", "/v1/customer/:c/submit"], ["GET", "/v1/customer/:c/review"], ["POST", "/v1/customer/:c/review"],
  ["POST", "/v1/webhook"], ["GET", "/v1/webhook"], ["GET", "/v1/webhook/:w"], ["POST", "/v1/webhook/:w"], ["DELETE", "/v1/webhook/:w"],
  ["POST", "/v1/webhook/:w/rotate-secret"], ["GET", "/v1/webhook/:w/deliveries"], ["POST", "/v1/webhook/:w/deliveries/:d/retry"],
  ["POST", "/v1/onboarding/session"], ["PUT", "/v1/customer/:c"], ["GET", "/v1/nothing-here"],
];
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 250);

describe("fuzzing the secret-key API (PGlite)", () => {
  let world: TFuzzWorld;
  beforeAll(async () => {
    world = await createFuzzWorld();
  }, 60_000);
  afterAll(() => world?.close());

  it("answers any body, query and headers with the envelope, never a 5xx or PII, and a refusal changes nothing", { timeout: 60_000 }, async () => {
    const { ids } = world;
    const request = fc.record({
      route: fc.constantFrom(...ROUTES),
      c: segment([ids.customer, ids.business]), u: segment([ids.ubo]), d: segment([ids.document]), w: segment([ids.webhook]),
      query, body, headers,
      auth: fc.constantFrom(undefined, undefined, undefined, null, "sk_wrong", ids.clientSecret),
    });
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const [method, template] = r.route;
        const path = template.replace(":c", r.c).replace(":u", r.u).replace(":d", r.d).replace(":w", r.w) + (method === "GET" ? r.query : "");
        const before = await world.fingerprint();
        const res = await world.api.call(method, path, { body: method === "GET" ? undefined : r.body, headers: r.headers, auth: r.auth });
        const problem = answerProblem(res, secretsIn(r.body), template.endsWith("/unmask"));
        if (problem) throw new Error(`${method} ${path}: ${problem}`);
        if (res.status >= 400) {
          refused++;
          expect(await world.fingerprint(), `${method} ${path} → ${res.status} changed stored data`).toBe(before);
        }
      }),
      { numRuns: NUM_RUNS },
    );
    expect(refused).toBeGreaterThan(NUM_RUNS / 4);
  });
});
