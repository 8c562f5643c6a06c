import type { TAddress } from "../customer/address.ts";
import { hasSubdivisions } from "../validation/subdivisions.ts";

/**
 * One row of a requirements table: `path` is due while `due(subject)` is true.
 * Tables are arrays so their order is the order the widget asks (DESIGN.md steps:
 * identity → address → UBOs → documents → terms).
 */
export type TRequirementRule<S> = { path: string; due: (subject: S) => boolean };

/** True for `null`, `undefined`, `""` and `[]`: "not answered yet". */
export function isMissing(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

/** Keeps the paths of the rules that are due, in table order. */
export function duePaths<S>(rules: ReadonlyArray<TRequirementRule<S>>, subject: S): string[] {
  return rules.filter((rule) => rule.due(subject)).map((rule) => rule.path);
}

/**
 * Address rows, in seed 004's order (line1, city, state, postalCode, country).
 * `line2` is never required; `state` only where the country has a subdivision table.
 */
export function addressRules<S>(address: (subject: S) => TAddress): Array<TRequirementRule<S>> {
  return [
    { path: "address.line1", due: (s) => isMissing(address(s).line1) },
    { path: "address.city", due: (s) => isMissing(address(s).city) },
    {
      path: "address.state",
      due: (s) => hasSubdivisions(address(s).country) && isMissing(address(s).state),
    },
    { path: "address.postalCode", due: (s) => isMissing(address(s).postalCode) },
    { path: "address.country", due: (s) => isMissing(address(s).country) },
  ];
}
