import { ZCustomerStatus, ZCustomerType, ZKycStatus } from "../../core/customer/enums.ts";
import type { TCustomerFilters } from "./customer-store.ts";

/**
 * The columns of `customers_live_state_seq` (migration 013), in its order, with every
 * value each can hold. The values are core's enums, never a request's, and go into the
 * SQL text as literals: a statement per shape of filter, a bounded set.
 */
const STATE_COLUMNS = [
  ["type", ZCustomerType.options],
  ["status", ZCustomerStatus.options],
  ["kyc", ZKycStatus.options],
] as const;

for (const [, values] of STATE_COLUMNS) {
  for (const value of values) if (!/^[a-zA-Z]+$/.test(value)) throw new Error(`enum value ${value} can't be written as an SQL literal`);
}

/**
 * The statement for one page of customers, newest first, `seq` below `beforeSeq`.
 * Every shape is a walk of an index in `seq` order that stops after `rows`, so a page
 * costs the same at any table size:
 * - no filter: the unique index of `seq`;
 * - email or lookup key: its own index (a handful of customers per value), the other
 *   filters checked on the way;
 * - type, status and kyc share one index, led by all three: each combination of the
 *   values not filtered on is its own range, in `seq` order, and PostgreSQL merges the
 *   ranges (Merge Append) and stops after `rows`. Three indexes (one per filter) cost
 *   every insert and every update two index writes more (~9 µs of PostgreSQL's CPU per
 *   insert under load, issue 7), and answered a filter on two of them by walking one
 *   and skipping what the other refused, which for a rare pair is most of the table.
 */
export function listStatement(columns: string, filters: TCustomerFilters, rows: number, beforeSeq: number | null): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = ["deleted_at is null"];
  if (filters.email) conditions.push(`email = ${param(filters.email.toLowerCase())}`);
  if (filters.lookupKey) conditions.push(`lookup_key = ${param(filters.lookupKey)}`);
  for (const [column] of STATE_COLUMNS) {
    const value = filters[column];
    if (value) conditions.push(`${column} = ${param(value)}`);
  }
  if (beforeSeq !== null) conditions.push(`seq < ${param(beforeSeq)}`);
  const limit = param(rows);
  const select = (range: string[]) => `select ${columns} from customers where ${[...conditions, ...range].join(" and ")}`;
  const open = STATE_COLUMNS.filter(([column]) => !filters[column]);
  // Ranges only for a filter on some, not all, of the state columns and on nothing else.
  const ranged = !filters.email && !filters.lookupKey && open.length > 0 && open.length < STATE_COLUMNS.length;
  if (!ranged) return { sql: `${select([])} order by seq desc limit ${limit}`, params };
  let ranges: string[][] = [[]];
  for (const [column, values] of open) ranges = ranges.flatMap((range) => values.map((value) => [...range, `${column} = '${value}'`]));
  // Each range ordered and limited itself: without that, PostgreSQL appends them whole and sorts.
  const union = ranges.map((range) => `(${select(range)} order by seq desc limit ${limit})`).join(" union all ");
  return { sql: `select ${columns} from (${union}) page order by seq desc limit ${limit}`, params };
}
