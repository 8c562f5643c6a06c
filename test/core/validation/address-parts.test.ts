import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, isCountryCode, toAlpha2, ZCountryCode } from "../../../core/validation/country.ts";
import { isValidPostalCode, ZPostalCode } from "../../../core/validation/postal-code.ts";
import { hasSubdivisions, isValidState, subdivisionsOf } from "../../../core/validation/subdivisions.ts";

describe("country", () => {
  it("lists all 249 ISO 3166-1 countries, each with an alpha-2 code", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    for (const code of COUNTRY_CODES) expect(toAlpha2(code)).toMatch(/^[A-Z]{2}$/);
  });

  it.each([["USA", "US"], ["DEU", "DE"], ["GBR", "GB"], ["MEX", "MX"], ["ALA", "AX"], ["SSD", "SS"]])("%s ↔ %s", (a3, a2) => {
    expect(toAlpha2(a3)).toBe(a2);
  });

  it.each(["usa", "US", "UK", "XKX", "ZZZ", ""])("refuses %j with invalid_country", (value) => {
    expect(isCountryCode(value)).toBe(false);
    expect(ZCountryCode.safeParse(value).error?.issues[0]).toMatchObject({ params: { code: "invalid_country" } });
  });
});

describe("subdivisions", () => {
  it.each([
    ["USA", "CA", true],
    ["USA", "DC", true],
    ["USA", "PR", true],
    ["USA", "ON", false],
    ["CAN", "ON", true],
    ["CAN", "CA", false],
    ["MEX", "CMX", true],
    ["MEX", "DIF", false], // replaced by CMX in 2016
    ["BRA", "SP", true],
    ["AUS", "NSW", true],
    ["DEU", "BY", true],
    ["DEU", "DE-BY", false], // stored without the country prefix
    ["GBR", "Greater London", true], // no table: free text
  ])("%s %s → %s", (country, state, valid) => {
    expect(isValidState(country, state)).toBe(valid);
  });

  it("has 50 states, DC and 6 outlying areas for the USA", () => {
    expect(subdivisionsOf("USA")).toHaveLength(57);
    expect(subdivisionsOf("FRA")).toBeNull();
  });

  it.each([["USA", true], ["DEU", true], ["GBR", false], [null, false]])("%s requires a state: %s", (country, expected) => {
    expect(hasSubdivisions(country)).toBe(expected);
  });
});

describe("postal code", () => {
  it.each([
    ["USA", "94107", true],
    ["USA", "94107-1234", true],
    ["USA", "9410", false],
    ["USA", "SW1A 1AA", false],
    ["CAN", "K1A 0B1", true],
    ["CAN", "k1a0b1", true],
    ["CAN", "D1A 0B1", false],
    ["GBR", "SW1A 1AA", true],
    ["GBR", "EC1A1BB", true],
    ["GBR", "12345", false],
    ["DEU", "10115", true],
    ["DEU", "1011", false],
    ["FRA", "75008", true],
    ["FRA", "7500", false],
    ["BRA", "01310-100", true],
    ["BRA", "01310100", true],
    ["BRA", "0131-0100", false],
    ["MEX", "06600", true],
    ["MEX", "6600", false],
    ["AUS", "2000", true],
    ["NLD", "1012 AB", true], // no pattern: generic shape
    ["NLD", "1012_AB", false],
  ])("%s %s → %s", (country, code, valid) => {
    expect(isValidPostalCode(country, code)).toBe(valid);
  });

  it.each(["", "1234567890123", "12#45"])("input refuses %j whatever the country", (value) => {
    expect(ZPostalCode.safeParse(value).success).toBe(false);
  });
});
