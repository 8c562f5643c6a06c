import * as z from "zod/mini";

/**
 * A trimmed, non-empty string of at most `max` characters: the shape of every
 * free-text field (names, city, description). Trimming first means "   " is
 * refused as empty instead of being stored as a blank name.
 * @example ZText(100).parse("  Jane ") // "Jane"
 */
export function ZText(max: number) {
  return z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
}
