import { SERVER_HANDLED_INPUT_KEYS, type TCustomerUpdateInput } from "../../core/customer/customer-input.ts";
import type { TFieldIssue } from "../../core/errors/field-issue.ts";
import { validationError } from "../http/api-error.ts";

/**
 * Writable through the secret-key API but not by the person in the widget:
 * `meta` and `lookupKey` belong to the host's back end (they may be how the host
 * links the customer to its own user), and terms and documents have their own
 * widget endpoints that record who accepted or uploaded what.
 * Fields nobody may write (`kyc`, `id`, statuses, `mock`, …) are already
 * `unknown_field` in core's strict update schema.
 */
const HOST_ONLY_FIELDS = ["meta", "lookupKey", ...SERVER_HANDLED_INPUT_KEYS] as const;

/**
 * Refuses, with every offending path at once, the fields of an already-parsed
 * update that the widget must not set.
 * @example assertWidgetWritable(await readJsonBody(c, ZCustomerUpdateInput));
 */
export function assertWidgetWritable(input: TCustomerUpdateInput): void {
  const issues: TFieldIssue[] = HOST_ONLY_FIELDS.filter((field) => (input as Record<string, unknown>)[field] !== undefined).map((field) => ({
    path: field,
    code: "field_not_allowed",
    message: `"${field}" can't be set from the widget.`,
  }));
  (input.ubos ?? []).forEach((ubo, index) => {
    for (const field of ["identityDocumentFront", "identityDocumentBack"] as const) {
      if (ubo[field] !== undefined) issues.push({ path: `ubos.${index}.${field}`, code: "field_not_allowed", message: "Upload documents through POST /v1/widget/document." });
    }
  });
  if (issues.length) throw validationError(issues);
}
