import type { TFieldIssue } from "../errors/field-issue.ts";
import { checkOwnership } from "../kyb/ownership-rules.ts";
import { type TDateParts, DEFAULT_MINIMUM_AGE, checkDob } from "../validation/dob.ts";
import { metaProblem } from "../validation/meta.ts";
import { isValidPostalCode, postalCodeHint } from "../validation/postal-code.ts";
import { isValidState, subdivisionsOf } from "../validation/subdivisions.ts";
import type { TAddress } from "./address.ts";
import type { TCustomerRecord } from "./customer-record.ts";

type TCheckOptions = { today: TDateParts; minimumAge?: number };

/**
 * Cross-field rules on a merged record, run after `applyCustomerInput` and before
 * saving: they need fields that may come from different updates (state and
 * country), today's date (adult), or the whole list (ownership). Format rules
 * live in the input schemas so errors show up as early as possible.
 * Codes: `invalid_state`, `invalid_postal_code`, `invalid_date`, `date_in_future`,
 * `underage`, `ownership_exceeds_100`, `meta_too_large`.
 * @example checkCustomerRecord(record, { today: { year: 2025, month: 1, day: 31 }, minimumAge: 18 })
 */
export function checkCustomerRecord(
  record: TCustomerRecord,
  { today, minimumAge = DEFAULT_MINIMUM_AGE }: TCheckOptions,
): TFieldIssue[] {
  const issues: TFieldIssue[] = [
    ...checkAddress(record.address, "address"),
    ...checkPersonDob(record.dob, "dob", { today, minimumAge }),
  ];
  const meta = metaProblem(record.meta);
  if (meta !== null) issues.push({ path: "meta", code: "meta_too_large", message: meta });
  record.ubos.forEach((ubo, index) => {
    issues.push(...checkAddress(ubo.address, `ubos.${index}.address`));
    issues.push(...checkPersonDob(ubo.dob, `ubos.${index}.dob`, { today, minimumAge }));
  });
  if (record.type === "business") {
    // Only the total is an error while editing; a missing owner or control person
    // is a requirement still due, not a reason to refuse a partial update.
    issues.push(...checkOwnership(record.ubos).filter((issue) => issue.code === "ownership_exceeds_100"));
  }
  return issues;
}

function checkAddress(address: TAddress, prefix: string): TFieldIssue[] {
  const { country, state, postalCode } = address;
  if (country === null) return [];
  const issues: TFieldIssue[] = [];
  if (state !== null && !isValidState(country, state)) {
    const codes = subdivisionsOf(country) ?? [];
    issues.push({
      path: `${prefix}.state`,
      code: "invalid_state",
      message: `"${state}" is not a state of ${country}: use one of ${codes.join(", ")}.`,
    });
  }
  if (postalCode !== null && !isValidPostalCode(country, postalCode)) {
    issues.push({ path: `${prefix}.postalCode`, code: "invalid_postal_code", message: postalCodeHint(country) });
  }
  return issues;
}

function checkPersonDob(dob: TDateParts | null, path: string, options: Required<TCheckOptions>): TFieldIssue[] {
  if (dob === null) return [];
  const problem = checkDob(dob, options);
  return problem === null ? [] : [{ path, ...problem }];
}
