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

/**
 * A field left blank: "This field is required.", not the format hint ("Enter an
 * email address like…"), which reads as if what was typed were wrong.
 */
export function requiredIssue(path: string): TFieldIssue {
  return { path, code: "required", message: "This field is required." };
}

/** A date of birth as typed: the user's own (identity step) or a business owner's. */
type TDobDraft = Pick<TIdentityDraft, "dobDay" | "dobMonth" | "dobYear">;

/** The date parts typed, or null when all three are empty; NaN parts stay NaN (invalid). */
export function dobParts(draft: TDobDraft): TDateParts | null {
  if (!draft.dobDay && !draft.dobMonth && !draft.dobYear) return null;
  return { day: Number(draft.dobDay), month: Number(draft.dobMonth), year: Number(draft.dobYear) };
}

/** What is wrong with a typed date of birth (core's `checkDob`), or `required` when none is typed and none is on file. */
export function dobIssue(draft: TDobDraft, context: { today: TDateParts; onFile: boolean }): TFieldIssue | null {
  const dob = dobParts(draft);
  if (dob === null) return context.onFile ? null : requiredIssue("dob");
  const problem = checkDob(dob, { today: context.today });
  return problem && { path: "dob", ...problem };
}

/** A phone number's issue: the E.164 shape only (libphonenumber's per-country check is the server's). */
export function phoneIssue(value: string): TFieldIssue | null {
  return E164.test(normalizePhone(value)) ? null : { path: "phoneNumber", code: "invalid_phone_number", message: "Enter the phone number in international format, e.g. +14155552671." };
}

/**
 * Validates the identity step with core's schemas (the ones the server uses).
 * `dobOnFile`: the API already has a date of birth, so an empty date is fine.
 */
export function checkIdentity(draft: TIdentityDraft, context: { today: TDateParts; dobOnFile: boolean }): TIssues {
  // First, so they are the issue shown (byPath keeps the first per field).
  const issues = (["email", "phoneNumber"] as const).filter((path) => !draft[path].trim()).map(requiredIssue);
  const result = ZIdentity.safeParse(draft);
  if (!result.success) issues.push(...issuesFromZod(result.error));
  for (const found of [phoneIssue(draft.phoneNumber), dobIssue(draft, { today: context.today, onFile: context.dobOnFile })]) if (found) issues.push(found);
  return byPath(issues);
}

/** The phone number as the API wants it: E.164 without spaces or punctuation. */
export function normalizePhone(value: string): string {
  return value.replace(/[\s().-]/g, "");
}
