import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../server/db/database.ts";
import { createApiHarness, SEED_CREATE_BODY } from "../api-harness.ts";

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

describe("PII at rest on the embedded database", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "onboarding-pii-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("stores SSN, EIN and dates of birth only as ciphertext: a search of the data folder finds none", async () => {
    const db = await openDatabase({ dataDir });
    const api = createApiHarness(db);
    const person = await api.call("POST", "/v1/customer", { body: { ...SEED_CREATE_BODY, ssn: "536-22-8917" } });
    expect(person.status).toBe(200);
    const business = await api.call("POST", "/v1/customer", {
      body: { type: "business", name: "Acme", ein: "27-4418093", ubos: [{ firstName: "Ann", ssn: "478-31-2045", dob: { day: 11, month: 7, year: 1977 } }] },
    });
    expect(business.status).toBe(200);
    // Readable back through the API, so the data really is stored.
    const unmasked = await api.call("GET", `/v1/customer/${person.body.data.customer.id}/unmask`);
    expect(unmasked.body.data.customer.ssn).toBe("536-22-8917");
    await db.close();

    const needles = ["536228917", "536-22-8917", "274418093", "27-4418093", "478312045", "478-31-2045"].map((s) => Buffer.from(s));
    let scanned = 0;
    for (const file of filesUnder(dataDir)) {
      const bytes = readFileSync(file);
      scanned += bytes.length;
      for (const needle of needles) expect({ file, found: bytes.includes(needle) }).toEqual({ file, found: false });
    }
    expect(scanned).toBeGreaterThan(1_000_000);
  });
});
