import type { TFieldIssue } from "./field-issue.ts";

/**
 * Thrown by `applyCustomerInput` when an update addresses a UBO id the customer
 * does not have. The server maps it to 422 with `issue` as the failing field.
 */
export class UnknownUboError extends Error {
  override readonly name = "UnknownUboError";
  readonly code = "unknown_ubo";
  readonly issue: TFieldIssue;

  constructor(index: number, uboId: string) {
    const message = `No beneficial owner with id "${uboId}" on this customer: omit "id" to add a new owner.`;
    super(message);
    this.issue = { path: `ubos.${index}.id`, code: "unknown_ubo", message };
  }
}
