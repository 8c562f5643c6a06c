/**
 * SQLSTATE codes services react to. Both drivers report PostgreSQL's own
 * codes (PGlite is PostgreSQL compiled to WASM), so one table serves both.
 * @see https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
export const SQLSTATE = {
  uniqueViolation: "23505",
  foreignKeyViolation: "23503",
  notNullViolation: "23502",
  checkViolation: "23514",
  serializationFailure: "40001",
  deadlockDetected: "40P01",
  lockNotAvailable: "55P03",
  undefinedTable: "42P01",
} as const;

/** Codes of our own, for misuse the database itself would not report. */
export type TDatabaseMisuseCode = "nested_query";

/**
 * The one error type a store or service sees from either driver.
 *
 * @example
 * try { await db.query("insert into customers …", [...]) }
 * catch (error) {
 *   if (error instanceof DatabaseError && error.code === SQLSTATE.uniqueViolation) return conflict();
 *   throw error;
 * }
 */
export class DatabaseError extends Error {
  override readonly name = "DatabaseError";
  /** SQLSTATE (e.g. "23505") or one of {@link TDatabaseMisuseCode}. */
  readonly code: string;
  /** Constraint or index name when PostgreSQL names one (unique, check, FK violations). */
  readonly constraint: string | undefined;
  readonly table: string | undefined;
  readonly column: string | undefined;
  /** PostgreSQL's DETAIL line. It can quote row values: never send it to a client. */
  readonly detail: string | undefined;

  constructor(
    message: string,
    info: { code: string; constraint?: string; table?: string; column?: string; detail?: string; cause?: unknown },
  ) {
    super(message, { cause: info.cause });
    this.code = info.code;
    this.constraint = info.constraint;
    this.table = info.table;
    this.column = info.column;
    this.detail = info.detail;
  }
}

type TDriverError = { code?: unknown; message?: unknown; constraint?: unknown; table?: unknown; column?: unknown; detail?: unknown };

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/**
 * Turns a driver error (pg's or PGlite's, both shaped like PostgreSQL's
 * ErrorResponse) into a {@link DatabaseError}. Anything without a SQLSTATE
 * (a network failure, a bug) is returned unchanged so its stack stays intact.
 */
export function toDatabaseError(error: unknown): unknown {
  if (error instanceof DatabaseError || typeof error !== "object" || error === null) return error;
  const e = error as TDriverError;
  // SQLSTATE is always five characters; Node's own errors ("ECONNREFUSED") are not.
  if (typeof e.code !== "string" || !/^[0-9A-Z]{5}$/.test(e.code)) return error;
  const info: ConstructorParameters<typeof DatabaseError>[1] = { code: e.code, cause: error };
  const constraint = text(e.constraint);
  const table = text(e.table);
  const column = text(e.column);
  const detail = text(e.detail);
  if (constraint) info.constraint = constraint;
  if (table) info.table = table;
  if (column) info.column = column;
  if (detail) info.detail = detail;
  return new DatabaseError(typeof e.message === "string" ? e.message : `database error ${e.code}`, info);
}

/** True when `error` is a {@link DatabaseError} with the given code. */
export function isDatabaseError(error: unknown, code?: string): error is DatabaseError {
  return error instanceof DatabaseError && (code === undefined || error.code === code);
}
