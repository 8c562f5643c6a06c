import { describe, expect, it } from "vitest";
import { ageOn, checkDob, isRealDate, ZDob } from "../../../core/validation/dob.ts";

const today = { year: 2025, month: 6, day: 15 };

describe("date of birth", () => {
  it.each([
    [{ day: 29, month: 2, year: 2000 }, true], // leap year (divisible by 400)
    [{ day: 29, month: 2, year: 2024 }, true],
    [{ day: 29, month: 2, year: 2023 }, false],
    [{ day: 29, month: 2, year: 1900 }, false], // not a leap year (divisible by 100)
    [{ day: 31, month: 4, year: 1990 }, false],
    [{ day: 31, month: 12, year: 1990 }, true],
  ])("%o is a real date: %s", (dob, real) => {
    expect(isRealDate(dob)).toBe(real);
    expect(ZDob.safeParse(dob).success).toBe(real);
  });

  it.each([
    [{ day: 0, month: 1, year: 1990 }, "day"],
    [{ day: 1, month: 13, year: 1990 }, "month"],
    [{ day: 1, month: 1, year: 1899 }, "year"],
    [{ day: 1.5, month: 1, year: 1990 }, "day"],
  ])("input refuses %o at %s", (dob, path) => {
    expect(ZDob.safeParse(dob).error?.issues[0]?.path).toEqual([path]);
  });

  it.each([
    [{ day: 15, month: 6, year: 2007 }, 18, null], // 18th birthday today
    [{ day: 16, month: 6, year: 2007 }, 18, "underage"], // 18 tomorrow
    [{ day: 1, month: 1, year: 2008 }, 18, "underage"], // 17
    [{ day: 1, month: 1, year: 2008 }, 16, null], // configurable minimum age
    [{ day: 1, month: 1, year: 2005 }, 21, "underage"], // 20
    [{ day: 16, month: 6, year: 2025 }, 18, "date_in_future"],
    [{ day: 1, month: 1, year: 2030 }, 0, "date_in_future"],
    [{ day: 30, month: 2, year: 1990 }, 18, "invalid_date"],
    [{ day: 1, month: 1, year: 1901 }, 18, null], // Stripe's test DOB
  ])("%o with minimum age %i → %s", (dob, minimumAge, code) => {
    expect(checkDob(dob, { today, minimumAge })?.code ?? null).toBe(code);
  });

  it("counts a 29 February birthday as passed on 1 March of a common year", () => {
    const dob = { day: 29, month: 2, year: 2008 };
    expect(ageOn(dob, { year: 2026, month: 2, day: 28 })).toBe(17);
    expect(ageOn(dob, { year: 2026, month: 3, day: 1 })).toBe(18);
  });
});
