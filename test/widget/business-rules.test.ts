import { describe, expect, it } from "vitest";
import type { TUboView } from "../../widget/app/api/types";
import { ownerDraftFrom, toggleActivity } from "../../widget/app/models/business-drafts";
import { checkOwner, checkOwnersList } from "../../widget/app/models/business-rules";
import { dueSteps, nextStep } from "../../widget/app/models/steps";

const ubo = (id: string, ownershipPercentage: number, isControlPerson = false): TUboView => ({
  id, requirements: [], firstName: id, lastName: "X", email: null, phoneNumber: null, address: {}, dob: { provided: true },
  ssn: { provided: true, last4: "6789" }, idNumber: null, ownershipPercentage, isControlPerson,
});
const today = { year: 2026, month: 1, day: 15 };
/** A complete new owner's draft with a share and role. */
const draft = (share: string, isControlPerson = false, id: string | null = null) => ({
  ...ownerDraftFrom(null), id, firstName: "Alan", lastName: "Turing", dobDay: "23", dobMonth: "6", dobYear: "1980", ssn: "123-45-6789",
  email: "alan@example.com", ownershipPercentage: share, isControlPerson,
  address: { country: "USA", line1: "1 Main St", line2: "", city: "Austin", state: "TX", postalCode: "78701", ssn: "" },
});

describe("the owner form applies core's ownership rules as the user types (issue 5)", () => {
  it.each([
    ["a 10 % control person beside 50 % and 30 %", [ubo("a", 50), ubo("b", 30)], draft("10", true), 25, null],
    ["a third owner taking the total to 110 %", [ubo("a", 50), ubo("b", 30, true)], draft("30", true), 25, "ownership_exceeds_100"],
    ["a 10 % owner who doesn't control the business", [ubo("a", 60, true)], draft("10"), 25, "below_ownership_threshold"],
    ["the same 10 % owner with a 10 % threshold", [ubo("a", 60, true)], draft("10"), 10, null],
    ["editing an owner in place counts its new share once", [ubo("a", 50, true), ubo("b", 50)], draft("40", false, "b"), 25, null],
    ["editing an owner up to 60 % beside 50 %", [ubo("a", 50, true), ubo("b", 50)], draft("60", false, "b"), 25, "ownership_exceeds_100"],
    ["a share above 100", [], draft("101", true), 25, "invalid_percentage"],
    ["no share yet", [], draft("", true), 25, "invalid_percentage"],
  ])("%s", (_label, ubos, owner, threshold, code) => {
    const issues = checkOwner(owner, ubos, { threshold, today });
    expect(issues.ownershipPercentage?.code ?? null).toBe(code);
  });

  it("asks an SSN only of a US owner, an id number otherwise", () => {
    const foreign = { ...draft("50", true), ssn: "", address: { ...draft("50").address, country: "DEU", state: "", postalCode: "10115" } };
    expect(checkOwner(foreign, [], { threshold: 25, today }).idNumber?.code).toBe("required");
    expect(checkOwner({ ...draft("50", true), ssn: "" }, [], { threshold: 25, today }).ssn?.code).toBe("invalid_ssn");
  });
});

describe("the owners list before Continue", () => {
  it.each([
    ["three owners, one a control person below 25 %, attested", [ubo("a", 50), ubo("b", 30), ubo("c", 10, true)], true, {}],
    ["nobody listed", [], true, { ubos: "ubo_required" }],
    ["no control person", [ubo("a", 60), ubo("b", 40)], true, { "ubos.controlPerson": "control_person_required" }],
    ["a listed person below 25 % who doesn't control", [ubo("a", 60, true), ubo("b", 10)], true, { "ubos.b.ownershipPercentage": "below_ownership_threshold" }],
    ["not attested", [ubo("a", 100, true)], false, { "ubos.attestation": "attestation_required" }],
  ])("%s", (_label, ubos, attested, expected) => {
    const issues = checkOwnersList(ubos, attested, 25);
    expect(Object.fromEntries(Object.entries(issues).map(([path, found]) => [path, found.code]))).toEqual(expected);
  });
});

describe("business steps and answers", () => {
  it("keeps none_of_the_above exclusive", () => {
    expect(toggleActivity(["gambling"], "none_of_the_above", true)).toEqual(["none_of_the_above"]);
    expect(toggleActivity(["none_of_the_above"], "money_services", true)).toEqual(["money_services"]);
    expect(toggleActivity(["money_services", "gambling"], "gambling", false)).toEqual(["money_services"]);
  });

  it("plans a business's steps from its requirement paths, and sends a rejected one to status", () => {
    const paths = ["type", "name", "address.city", "highRiskActivities", "ubos.controlPerson", "ubos.ubo_1.ssn", "ubos.ubo_1.identityDocument", "statementOfFunds", "tos"];
    expect(dueSteps(paths, "business")).toEqual(["type", "company", "owners", "documents", "terms"]);
    expect(dueSteps(["email", "address.city"], "individual")).toEqual(["identity", "address"]);
    expect(nextStep(["name"], "rejected", "business")).toBe("status");
  });
});
