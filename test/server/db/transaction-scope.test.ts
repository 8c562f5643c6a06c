import { describe, expect, it } from "vitest";
import { createTransactionScope } from "../../../server/db/transaction-scope.ts";

describe("transaction scope (the nested-query guard)", () => {
  it("refuses a top-level query from inside a transaction callback, across awaits", async () => {
    const scope = createTransactionScope();
    const attempt = scope.enter(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      scope.assertOutside("query");
    });
    await expect(attempt).rejects.toMatchObject({ name: "DatabaseError", code: "nested_query" });
    expect(() => scope.assertOutside("query")).not.toThrow();
  });

  it("doesn't mistake a concurrent request for a nested one", async () => {
    const scope = createTransactionScope();
    let release!: () => void;
    const inside = scope.enter(() => new Promise<void>((resolve) => (release = resolve)));
    expect(() => scope.assertOutside("transaction")).not.toThrow();
    release();
    await inside;
  });

  it("checks nothing when switched off (production), and still runs the callback", async () => {
    const scope = createTransactionScope(false);
    await expect(scope.enter(async () => {
      scope.assertOutside("query");
      return 7;
    })).resolves.toBe(7);
  });
});
