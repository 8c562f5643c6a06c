import * as z from "zod/mini";
import { codedCheck } from "./coded-check.ts";

/**
 * Bounds on `meta` (seed 004: "key-value pairs you can attach"), the same as
 * Stripe metadata's spirit: enough for ids and flags, too small to be a data store.
 */
export const META_LIMITS = { maxKeys: 50, maxKeyLength: 40, maxStringLength: 500, maxBytes: 8 * 1024 } as const;

/** A meta value: a short string, a number, a boolean, or `null` (on update: remove the key). */
export const ZMetaValue = z.union([z.string().check(z.maxLength(META_LIMITS.maxStringLength)), z.number(), z.boolean(), z.null()]);

/** The stored meta object. */
export type TMeta = Record<string, string | number | boolean | null>;

/** What is wrong with a meta object as a whole, or `null`. */
export function metaProblem(meta: Record<string, unknown>): string | null {
  const keys = Object.keys(meta);
  if (keys.length > META_LIMITS.maxKeys) return `meta can hold at most ${META_LIMITS.maxKeys} keys.`;
  const bytes = new TextEncoder().encode(JSON.stringify(meta)).length;
  if (bytes > META_LIMITS.maxBytes) return `meta can be at most ${META_LIMITS.maxBytes} bytes as JSON.`;
  return null;
}

/**
 * `meta` on input. Keys 1–40 characters; whole object ≤ 50 keys and ≤ 8 KB of JSON.
 * Code `meta_too_large` for the whole-object bounds.
 */
export const ZMeta = z.record(
  z.string().check(z.minLength(1), z.maxLength(META_LIMITS.maxKeyLength)),
  ZMetaValue,
).check(codedCheck<Record<string, unknown>>("meta_too_large", metaProblem));
