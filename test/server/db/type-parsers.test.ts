import { describe, expect, it } from "vitest";
import { affectedRowsOf, parseInt8, parseTimestamp } from "../../../server/db/type-parsers.ts";

describe("parseTimestamp", () => {
  it.each([
    ["2024-05-01 12:34:56+00", "2024-05-01T12:34:56.000Z"],
    ["2024-05-01 12:34:56.123456+00", "2024-05-01T12:34:56.123Z"],
    ["2024-05-01 12:34:56.5-05", "2024-05-01T17:34:56.500Z"],
    ["2024-05-01 12:34:56+05:30", "2024-05-01T07:04:56.000Z"],
    ["1901-01-01 00:00:00+00:19:32", "1900-12-31T23:40:28.000Z"],
    ["2024-05-01 12:34:56", "2024-05-01T12:34:56.000Z"],
  ])("reads %s as %s", (text, iso) => {
    expect(parseTimestamp(text)).toBe(iso);
  });

  it("leaves values it cannot represent as they are", () => {
    expect(parseTimestamp("infinity")).toBe("infinity");
    expect(parseTimestamp("-infinity")).toBe("-infinity");
  });
});

describe("parseInt8", () => {
  it("returns numbers and refuses to lose precision", () => {
    expect(parseInt8("9007199254740991")).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => parseInt8("9007199254740993")).toThrow(RangeError);
  });
});

describe("affectedRowsOf", () => {
  it("counts writes only", () => {
    expect(affectedRowsOf("UPDATE", 3)).toBe(3);
    expect(affectedRowsOf("SELECT", 3)).toBe(0);
    expect(affectedRowsOf(undefined, undefined)).toBe(0);
  });
});
