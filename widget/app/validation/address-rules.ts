import { issuesFromZod, type TFieldIssue } from "../../../core/errors/field-issue";
import { ZAddressInput } from "../../../core/customer/address";
import { isValidPostalCode, postalCodeHint } from "../../../core/validation/postal-code";
import { hasSubdivisions, isValidState } from "../../../core/validation/subdivisions";
import { ZSsn } from "../../../core/validation/ssn";
import type { TAddressDraft } from "../models/drafts";
import { byPath, type TIssues } from "./identity-rules";

/** The API's address input from the draft: empty optional fields are left out. */
export function addressInput(draft: TAddressDraft): Record<string, string> {
  const input: Record<string, string> = {};
  for (const key of ["line1", "line2", "city", "state", "postalCode", "country"] as const) {
    const value = draft[key].trim();
    if (value) input[key] = value;
  }
  return input;
}

/**
 * Whether the SSN field applies: seed 004 and core's requirements ask an SSN of
 * US residents only. We ask it on the address step, right after the country,
 * because residency is only known once the country is chosen (our choice; see
 * widget/app/README.md).
 */
export function asksSsn(draft: TAddressDraft): boolean {
  return draft.country === "USA";
}

/**
 * Validates the address step: core's `ZAddressInput` for each field, plus the
 * cross-field rules the server applies (`checkCustomerRecord`): postal code and
 * state per country, SSN for US residents.
 */
export function checkAddress(draft: TAddressDraft, context: { ssnOnFile: boolean }): TIssues {
  const input = addressInput(draft);
  const issues: TFieldIssue[] = [];
  const result = ZAddressInput.safeParse(input);
  if (!result.success) issues.push(...issuesFromZod(result.error, "address"));
  const required = (key: string) => issues.push({ path: "address." + key, code: "required", message: "This field is required." });
  if (!input.country) issues.push({ path: "address.country", code: "invalid_country", message: "Choose a country." });
  if (!input.line1) required("line1");
  if (!input.city) required("city");
  if (!input.postalCode) required("postalCode");
  else if (input.country && !isValidPostalCode(input.country, input.postalCode))
    issues.push({ path: "address.postalCode", code: "invalid_postal_code", message: postalCodeHint(input.country) });
  if (hasSubdivisions(input.country) && (!input.state || !isValidState(input.country!, input.state)))
    issues.push({ path: "address.state", code: "invalid_state", message: "Choose a state, province or region." });
  if (asksSsn(draft)) {
    if (draft.ssn) {
      const ssn = ZSsn.safeParse(draft.ssn.trim());
      if (!ssn.success) issues.push(...issuesFromZod(ssn.error, "ssn"));
    } else if (!context.ssnOnFile) issues.push({ path: "ssn", code: "required", message: "This field is required." });
  }
  return byPath(issues);
}
