import * as z from "zod/mini";
import { issuesFromZod, type TFieldIssue } from "../../../core/errors/field-issue";
import { ZEmail } from "../../../core/validation/email";
import { ZText } from "../../../core/validation/text";
import { checkDob, type TDateParts } from "../../../core/validation/dob";
import type { TIdentityDraft } from "../models/drafts";

/** E.164 shape; the full per-country check (libphonenumber, the heaviest code) loads lazily. */
const E164 = /^\+[1-9]\d{1,14}$/;

const ZIdentity = z.object({ firstName: ZText(100), lastName: ZText(100), email: ZEmail });

export type TIssues = Record<string, TFieldIssue>;

/** Keeps the first issue per path: one message per field is what a user can act on. */
export function byPath(issues: TFieldIssue[]): TIssues {
  const result: TIssues = {};
  for (const issue of issues) result[issue.path] ??= issue;
  return result;
}

/** The date parts typed, or null when all three are empty; NaN parts stay NaN (invalid). */
export function dobParts(draft: TIdentityDraft): TDateParts | null {
  if (!draft.dobDay && !draft.dobMonth && !draft.dobYear) return null;
  return { day: Number(draft.dobDay), month: Number(draft.dobMonth), year: Number(draft.dobYear) };
}

/**
 * Validates the identity step with core's schemas (the ones the server uses).
 * `dobOnFile`: the API already has a date of birth, so an empty date is fine.
 */
export function checkIdentity(draft: TIdentityDraft, context: { today: TDateParts; dobOnFile: boolean }): TIssues {
  const issues: TFieldIssue[] = [];
  const result = ZIdentity.safeParse(draft);
  if (!result.success) issues.push(...issuesFromZod(result.error));
  if (!E164.test(draft.phoneNumber.replace(/[\s().-]/g, "")))
    issues.push({ path: "phoneNumber", code: "invalid_phone_number", message: "Enter the phone number in international format, e.g. +14155552671." });
  const dob = dobParts(draft);
  if (dob === null && !context.dobOnFile) issues.push({ path: "dob", code: "required", message: "This field is required." });
  if (dob !== null) {
    const problem = checkDob(dob, { today: context.today });
    if (problem) issues.push({ path: "dob", ...problem });
  }
  return byPath(issues);
}

/** The phone number as the API wants it: E.164 without spaces or punctuation. */
export function normalizePhone(value: string): string {
  return value.replace(/[\s().-]/g, "");
}
