import { describe, expect, it } from "vitest";
import { isProhibitedBusiness, PROHIBITED_ACTIVITIES, prohibitedAnswers, screenBusiness } from "../../../core/kyb/prohibited.ts";
import { ZHighRiskActivity } from "../../../core/customer/enums.ts";
import { recordFrom, US_BUSINESS } from "../fixtures.ts";

describe("isProhibitedBusiness", () => {
  const answers = (highRiskActivities: string[] | null, operatesInProhibitedCountries: boolean | null, type: "business" | "individual" = "business") =>
    ({ type, highRiskActivities, operatesInProhibitedCountries }) as Parameters<typeof isProhibitedBusiness>[0];

  it.each([
    ["nothing answered", answers(null, null), null],
    ["only the activities answered", answers(["none_of_the_above"], null), null],
    ["none of the above, no prohibited countries", answers(["none_of_the_above"], false), false],
    ["a high-risk but allowed activity", answers(["money_services"], false), false],
    ["a prohibited activity alone is enough", answers(["gambling"], null), true],
    ["a prohibited activity among allowed ones", answers(["lending_banking", "adult_entertainment"], false), true],
    ["prohibited countries", answers(["none_of_the_above"], true), true],
    ["an individual is never a business type", answers(["gambling"], true, "individual"), null],
  ])("%s → %s", (_label, input, expected) => {
    expect(isProhibitedBusiness(input)).toBe(expected);
  });

  it("lists only seed 004 activities, and names which answers prohibit", () => {
    for (const activity of PROHIBITED_ACTIVITIES) expect(ZHighRiskActivity.options).toContain(activity);
    expect(prohibitedAnswers(answers(["gambling"], true))).toEqual(["highRiskActivities", "operatesInProhibitedCountries"]);
  });
});

describe("screenBusiness", () => {
  it("rejects a prohibited business and keeps it prohibited", () => {
    const record = screenBusiness(recordFrom("business", { ...US_BUSINESS, highRiskActivities: ["marijuana_or_related_services"] }));
    expect(record).toMatchObject({ isProhibitedBusinessType: true, kyc: "rejected" });
    expect(screenBusiness({ ...record, highRiskActivities: ["none_of_the_above"] }).isProhibitedBusinessType).toBe(true);
  });

  it("marks an allowed business false and leaves kyc alone", () => {
    expect(screenBusiness(recordFrom("business", US_BUSINESS))).toMatchObject({ isProhibitedBusinessType: false, kyc: "incomplete" });
  });

  it("never moves an approved customer", () => {
    const approved = { ...recordFrom("business", { ...US_BUSINESS, operatesInProhibitedCountries: true }), kyc: "approved" as const };
    expect(screenBusiness(approved)).toMatchObject({ isProhibitedBusinessType: true, kyc: "approved" });
  });
});
