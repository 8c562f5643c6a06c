import { describe, expect, it } from "vitest";
import { EIN_PREFIXES, formatEin, isValidEin, ZEin } from "../../../core/validation/ein.ts";

describe("EIN", () => {
  it.each([
    ["12-3456789", "123456789"],
    ["123456789", "123456789"],
    ["01-0000001", "010000001"], // Brookhaven
    ["20-1234567", "201234567"], // Internet
    ["31-1234567", "311234567"], // SBA
    ["99-1234567", "991234567"], // Philadelphia
  ])("accepts %s and stores %s", (input, digits) => {
    expect(ZEin.parse(input)).toBe(digits);
  });

  it.each(["00", "07", "08", "09", "17", "18", "19", "28", "29", "49", "69", "70", "78", "79", "89", "96", "97"])(
    "refuses the never-assigned prefix %s",
    (prefix) => {
      expect(isValidEin(`${prefix}-1234567`)).toBe(false);
      expect(ZEin.safeParse(`${prefix}-1234567`).error?.issues[0]).toMatchObject({ params: { code: "invalid_ein" } });
    },
  );

  it.each(["123-456789", "12-345678", "12 3456789", "1234567890", "ab-cdefghi"])("refuses the format %s", (input) => {
    expect(isValidEin(input)).toBe(false);
  });

  it("knows the 83 prefixes the IRS assigns", () => {
    expect(EIN_PREFIXES.size).toBe(83);
  });

  it("formats digits for the unmask view", () => {
    expect(formatEin("123456789")).toBe("12-3456789");
  });
});
