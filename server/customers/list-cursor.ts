import { ApiError } from "../http/api-error.ts";

/**
 * Opaque list cursors. They carry the keyset position (the last `seq` seen),
 * base64url-encoded so clients don't build them by hand; anything else is a 400.
 */
export function encodeCursor(seq: number): string {
  return Buffer.from(`c1:${seq}`).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): number | null {
  if (cursor === undefined || cursor === "") return null;
  const match = /^c1:(\d{1,18})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) throw new ApiError(400, "invalid_cursor", "The cursor is not one this API returned. Pass `nextCursor` from the previous page as is.");
  return Number(match[1]);
}
