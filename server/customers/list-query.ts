import * as z from "zod/mini";
import { ZCustomerStatus, ZCustomerType, ZKycStatus } from "../../core/customer/enums.ts";
import { issuesFromZod } from "../../core/errors/field-issue.ts";
import { ApiError } from "../http/api-error.ts";

/** Seed 000: `limit` defaults to 20; we cap it at 100 so one call can't scan the table. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const ZCustomerListQuery = z.strictObject({
  type: z.optional(ZCustomerType),
  kyc: z.optional(ZKycStatus),
  status: z.optional(ZCustomerStatus),
  email: z.optional(z.string().check(z.maxLength(320))),
  lookupKey: z.optional(z.string().check(z.maxLength(255))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE_SIZE)), DEFAULT_PAGE_SIZE),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});

export type TCustomerListQuery = z.infer<typeof ZCustomerListQuery>;

/** Unknown or malformed query parameters are a 400 naming each one, never silently ignored. */
export function parseListQuery(query: Record<string, string>): TCustomerListQuery {
  const parsed = ZCustomerListQuery.safeParse(query);
  if (!parsed.success) {
    const fields = issuesFromZod(parsed.error);
    throw new ApiError(400, "invalid_query", `Some query parameters are invalid: ${fields.map((f) => f.path).join(", ")}.`, fields);
  }
  return parsed.data;
}
