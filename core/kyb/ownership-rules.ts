import type { TFieldIssue } from "../errors/field-issue.ts";

/**
 * US CDD rule, 31 CFR 1010.230: a legal entity lists each individual owning
 * 25 % or more of it, plus one individual with significant control (a control
 * person). Other regimes use other thresholds (EU AMLD: "more than 25 %", some
 * banks 10 %), so the threshold is an option.
 */
export const DEFAULT_OWNERSHIP_THRESHOLD = 25;

/** The UBO fields the ownership rules read. */
export type TOwnershipEntry = { ownershipPercentage: number | null; isControlPerson: boolean | null };

/** Sum of the owners' percentages, in hundredths to avoid float noise (33.33 × 3). */
export function totalOwnership(ubos: ReadonlyArray<TOwnershipEntry>): number {
  const hundredths = ubos.reduce((sum, ubo) => sum + Math.round((ubo.ownershipPercentage ?? 0) * 100), 0);
  return hundredths / 100;
}

/** Whether at least one UBO is marked as a control person. */
export function hasControlPerson(ubos: ReadonlyArray<TOwnershipEntry>): boolean {
  return ubos.some((ubo) => ubo.isControlPerson === true);
}

/**
 * The ownership rules of issue 5, on the list as submitted:
 * - `ubo_required` (path `ubos`): no owner listed;
 * - `control_person_required` (path `ubos`): nobody is a control person;
 * - `ownership_exceeds_100` (path `ubos`): percentages add up to more than 100;
 * - `below_ownership_threshold` (path `ubos.N.ownershipPercentage`): a listed person who
 *   owns less than the threshold and is not a control person is not a beneficial
 *   owner under the CDD rule: raise the share, mark as control person, or remove.
 * Missing fields are not errors here: they are requirements (`computeRequirements`).
 * @example checkOwnership([{ ownershipPercentage: 60, isControlPerson: true }, { ownershipPercentage: 50, isControlPerson: false }])
 * // [{ path: "ubos", code: "ownership_exceeds_100", … }]
 */
export function checkOwnership(
  ubos: ReadonlyArray<TOwnershipEntry>,
  { threshold = DEFAULT_OWNERSHIP_THRESHOLD }: { threshold?: number } = {},
): TFieldIssue[] {
  if (ubos.length === 0) {
    return [{ path: "ubos", code: "ubo_required", message: "Add at least one beneficial owner." }];
  }
  const issues: TFieldIssue[] = [];
  const total = totalOwnership(ubos);
  if (total > 100) {
    issues.push({
      path: "ubos",
      code: "ownership_exceeds_100",
      message: `The owners' shares add up to ${total} %: the total can't exceed 100 %.`,
    });
  }
  if (!hasControlPerson(ubos)) {
    issues.push({
      path: "ubos",
      code: "control_person_required",
      message: "Mark at least one person who controls the business (e.g. CEO or managing director).",
    });
  }
  ubos.forEach((ubo, index) => {
    const share = ubo.ownershipPercentage;
    if (share !== null && share < threshold && ubo.isControlPerson !== true) {
      issues.push({
        path: `ubos.${index}.ownershipPercentage`,
        code: "below_ownership_threshold",
        message: `List people who own at least ${threshold} % or control the business: raise the share, mark as control person, or remove this person.`,
      });
    }
  });
  return issues;
}
