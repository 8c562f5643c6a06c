import { describe, expect, it } from "vitest";
import { isValidPhoneNumber, ZPhoneNumber } from "../../../core/validation/phone-number.ts";

describe("phone number", () => {
  it.each(["+14155552671", "+12345678900", "+442071838750", "+4915112345678", "+5511912345678"])("accepts %s", (value) => {
    expect(isValidPhoneNumber(value)).toBe(true);
    expect(ZPhoneNumber.parse(value)).toBe(value);
  });

  it.each([
    ["4155552671", "no country code"],
    ["+1 415 555 2671", "spaces"],
    ["+1-415-555-2671", "dashes"],
    ["+1415555267", "too short for the US"],
    ["+0123456789", "country code can't start with 0"],
    ["+1234567890123456", "longer than E.164"],
  ])("refuses %s (%s) with invalid_phone_number", (value) => {
    expect(ZPhoneNumber.safeParse(value).error?.issues).toEqual([
      expect.objectContaining({ params: { code: "invalid_phone_number" } }),
    ]);
  });
});
