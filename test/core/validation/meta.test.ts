import { describe, expect, it } from "vitest";
import { ZMeta } from "../../../core/validation/meta.ts";

const manyKeys = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i]));

describe("meta", () => {
  it.each([
    [{}],
    [{ key: "value" }],
    [{ plan: "pro", seats: 3, vip: true, old: null }],
    [manyKeys(50)],
    [{ ["k".repeat(40)]: "v".repeat(500) }],
  ])("accepts %o", (meta) => {
    expect(ZMeta.safeParse(meta).success).toBe(true);
  });

  it.each([
    ["51 keys", manyKeys(51), "meta_too_large"],
    ["more than 8 KB", Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, "v".repeat(450)])), "meta_too_large"],
    ["a key over 40 characters", { ["k".repeat(41)]: 1 }, "invalid_key"],
    ["a string over 500 characters", { key: "v".repeat(501) }, "too_big"],
    ["a nested object", { key: { nested: true } }, "invalid_union"],
    ["an array", { key: [1] }, "invalid_union"],
  ])("refuses %s", (_label, meta, code) => {
    const issue = ZMeta.safeParse(meta).error?.issues[0];
    expect(issue?.code === "custom" ? issue.params?.code : issue?.code).toBe(code);
  });
});
