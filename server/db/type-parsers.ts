/**
 * Text-format parsers shared by both drivers, so a row reads the same whether
 * it came from PGlite or from PostgreSQL through `pg`:
 *
 * | PostgreSQL type        | JS value                                            |
 * |------------------------|-----------------------------------------------------|
 * | timestamptz, timestamp | ISO 8601 string in UTC, millisecond precision       |
 * | date                   | "YYYY-MM-DD" string (no time zone shift)            |
 * | int8 / bigint / count  | number (ids stay far below 2^53; see parseInt8)     |
 * | numeric                | string (exact; both drivers' default)               |
 * | json, jsonb            | parsed value (both drivers' default)                |
 *
 * Strings rather than Date objects because they survive JSON, structured
 * clone and `toEqual` unchanged, and the API sends ISO strings anyway.
 */

/** PostgreSQL type OIDs (pg_type.oid), stable across versions. */
export const TYPE_OID = {
  int8: 20,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
} as const;

// PostgreSQL's ISO output: "2024-05-01 12:34:56.123456+00", "…-05", "…+05:30",
// with ":SS" offsets for historic zones. Years beyond 9999 and BC are not
// produced by this application, so they fall through unparsed.
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?(?:([+-]\d{2})(?::?(\d{2}))?(?::?(\d{2}))?)?$/;

/**
 * Parses PostgreSQL's text form of timestamptz/timestamp into an ISO string in
 * UTC. A `timestamp` without zone is read as UTC (the connections run with
 * `TimeZone=UTC`). Microseconds are truncated to milliseconds: JS dates hold no
 * more. `infinity`/`-infinity` come back as given.
 */
export function parseTimestamp(value: string): string {
  const m = TIMESTAMP.exec(value);
  if (!m) return value;
  const [, date, time, fraction = "", hours = "+00", minutes = "00", seconds = "00"] = m;
  const millis = fraction.padEnd(3, "0").slice(0, 3);
  const sign = hours.startsWith("-") ? -1 : 1;
  const offsetMs = sign * ((Math.abs(Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
  const utc = Date.parse(`${date}T${time}.${millis}Z`) - offsetMs;
  return Number.isNaN(utc) ? value : new Date(utc).toISOString();
}

/**
 * bigint as a JS number: sequence values and counts stay far below 2^53, and a
 * number is what callers compare and serialise. Refuses silently losing
 * precision, because a wrong keyset cursor would skip or repeat rows.
 */
export function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`bigint ${value} does not fit a JS number`);
  return n;
}

/** `date` stays "YYYY-MM-DD": turning it into a Date would shift it by the host's time zone. */
export function parseDate(value: string): string {
  return value;
}

/** Parser table keyed by OID, in the shape both drivers accept. */
export const typeParsers: Record<number, (value: string) => unknown> = {
  [TYPE_OID.int8]: parseInt8,
  [TYPE_OID.date]: parseDate,
  [TYPE_OID.timestamp]: parseTimestamp,
  [TYPE_OID.timestamptz]: parseTimestamp,
};

const MUTATING = new Set(["INSERT", "UPDATE", "DELETE", "MERGE", "COPY"]);

/**
 * Rows changed by one statement: the command tag's count for writes, 0 for
 * reads. (`pg` reports a SELECT's row count there and PGlite 0, so both are
 * brought to the same rule.)
 */
export function affectedRowsOf(command: string | null | undefined, rowCount: number | null | undefined): number {
  return command && MUTATING.has(command) ? (rowCount ?? 0) : 0;
}
