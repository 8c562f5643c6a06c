import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { issuesFromZod, joinPath } from "../../../core/errors/field-issue.ts";
import { ZSsn } from "../../../core/validation/ssn.ts";

const ZExample = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(3)),
  kind: z.optional(z.enum(["a", "b"])),
  tags: z.optional(z.array(z.string()).check(z.maxLength(1))),
  ssn: z.optional(ZSsn),
  nested: z.optional(z.strictObject({ count: z.number() })),
});

function issuesOf(value: unknown, prefix?: string) {
  const result = ZExample.safeParse(value);
  if (result.success) throw new Error("expected a failure");
  return issuesFromZod(result.error, prefix);
}

describe("issuesFromZod", () => {
  it.each([
    ["missing field", {}, "name", "invalid_type"],
    ["wrong type", { name: 5 }, "name", "invalid_type"],
    ["string too long", { name: "abcd" }, "name", "too_long"],
    ["empty string", { name: "" }, "name", "too_short"],
    ["unknown enum value", { name: "a", kind: "c" }, "kind", "invalid_value"],
    ["array too long", { name: "a", tags: ["x", "y"] }, "tags", "too_long"],
    ["custom check keeps its code", { name: "a", ssn: "000-12-3456" }, "ssn", "invalid_ssn"],
    ["nested path is dotted", { name: "a", nested: { count: "1" } }, "nested.count", "invalid_type"],
  ])("%s → %s at %s", (_label, value, path, code) => {
    expect(issuesOf(value)).toEqual([expect.objectContaining({ path, code })]);
  });

  it("reports one unknown_field per unknown key, with the key as path", () => {
    expect(issuesOf({ name: "a", kyc: "approved", id: "x", nested: { count: 1, extra: true } })).toEqual([
      { path: "nested.extra", code: "unknown_field", message: expect.stringContaining("extra") },
      { path: "kyc", code: "unknown_field", message: expect.stringContaining("kyc") },
      { path: "id", code: "unknown_field", message: expect.stringContaining("id") },
    ]);
  });

  it("names the received type when zod reports the input", () => {
    const result = ZExample.safeParse({ name: 5 }, { reportInput: true });
    expect(issuesFromZod(result.error!)).toEqual([{ path: "name", code: "invalid_type", message: "Expected string, got number." }]);
  });

  it("prefixes paths, for a sub-resource parsed on its own", () => {
    expect(issuesOf({ name: "a", ssn: "1" }, "ubos.0")).toEqual([expect.objectContaining({ path: "ubos.0.ssn" })]);
  });

  it("gives every issue an English message that is not zod's placeholder", () => {
    const issues = issuesOf({ name: 1, kind: "c", tags: "x", kyc: 1 });
    for (const issue of issues) expect(issue.message).not.toBe("Invalid input");
  });

  it("joins paths with dots and drops an empty prefix", () => {
    expect(joinPath("", ["ubos", 0, "ssn"])).toBe("ubos.0.ssn");
    expect(joinPath("", [])).toBe("");
  });
});
