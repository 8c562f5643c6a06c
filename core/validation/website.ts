import * as z from "zod/mini";
import { withCode } from "../errors/field-issue.ts";

/** Whether `value` is an absolute http(s) URL with a host; other schemes could run script in a dashboard link. */
export function isValidWebsite(value: string): boolean {
  if (value.length > 2048 || !/^https?:\/\//i.test(value)) return false;
  try {
    return new URL(value).hostname.includes(".");
  } catch {
    return false;
  }
}

/** A website URL (`https://example.com`). Code `invalid_website`. */
export const ZWebsite = z.string().check(
  z.trim(),
  z.refine(isValidWebsite, withCode("invalid_website", "Enter the full website address, e.g. https://example.com.")),
);
