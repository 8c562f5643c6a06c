import { describe, expect, it } from "vitest";
import { checkOwnership, totalOwnership } from "../../../core/kyb/ownership-rules.ts";

const owner = (ownershipPercentage: number | null, isControlPerson: boolean | null = false) => ({ ownershipPercentage, isControlPerson });

describe("checkOwnership", () => {
  it.each([
    ["no owners", [], ["ubos:ubo_required"]],
    ["one 100 % owner who controls", [owner(100, true)], []],
    ["three owners, one a control person below 25 % (issue 5)", [owner(50), owner(30), owner(10, true)], []],
    ["owners totalling 110 %", [owner(60, true), owner(50)], ["ubos:ownership_exceeds_100"]],
    ["no control person", [owner(60), owner(40)], ["ubos:control_person_required"]],
    ["110 % and no control person", [owner(60), owner(50)], ["ubos:ownership_exceeds_100", "ubos:control_person_required"]],
    ["a 10 % owner who does not control", [owner(60, true), owner(10)], ["ubos.1.ownershipPercentage:below_ownership_threshold"]],
    ["a share not given yet (a requirement, not an error)", [owner(null, true)], []],
    ["thirds that add up to 100 %", [owner(33.33, true), owner(33.33), owner(33.34)], []],
  ])("%s", (_label, ubos, expected) => {
    expect(checkOwnership(ubos).map(({ path, code }) => `${path}:${code}`)).toEqual(expected);
  });

  it.each([
    [10, []],
    [25, ["ubos.1.ownershipPercentage:below_ownership_threshold"]],
  ])("uses the configured threshold %i %%", (threshold, expected) => {
    const issues = checkOwnership([owner(80, true), owner(20)], { threshold });
    expect(issues.map(({ path, code }) => `${path}:${code}`)).toEqual(expected);
  });

  it("says the total in its message", () => {
    expect(checkOwnership([owner(60, true), owner(50)])[0]?.message).toContain("110");
  });

  it("adds shares without float noise", () => {
    expect(totalOwnership([owner(0.1), owner(0.2)])).toBe(0.3);
  });
});
