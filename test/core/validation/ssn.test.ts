import { describe, expect, it } from "vitest";
import { formatSsn, isValidSsn, ZSsn } from "../../../core/validation/ssn.ts";

describe("SSN", () => {
  it.each([
    ["123-45-6789", "123456789"],
    ["123456789", "123456789"],
    ["111-11-1111", "111111111"], // seed 004's update example
    ["665-12-3456", "665123456"],
    ["899-99-9999", "899999999"],
  ])("accepts %s and stores %s", (input, digits) => {
    expect(ZSsn.parse(input)).toBe(digits);
  });

  it.each([
    ["000-12-3456", "area 000 is never assigned"],
    ["666-12-3456", "area 666 is never assigned"],
    ["900-12-3456", "area 900–999 is never assigned"],
    ["999-12-3456", "area 999"],
    ["123-00-4567", "group 00"],
    ["123-45-0000", "serial 0000"],
    ["12-345-6789", "dashes in the wrong place"],
    ["123 45 6789", "spaces"],
    ["12345678", "8 digits"],
    ["1234567890", "10 digits"],
    ["abc-de-fghi", "letters"],
  ])("refuses %s (%s) with invalid_ssn", (input) => {
    expect(isValidSsn(input)).toBe(false);
    const result = ZSsn.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ params: { code: "invalid_ssn" } })]);
  });

  it("formats digits for the unmask view", () => {
    expect(formatSsn("123456789")).toBe("123-45-6789");
  });
});
