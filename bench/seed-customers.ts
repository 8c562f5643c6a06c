import { createEmptyCustomerRecord } from "../core/customer/customer-record.ts";
import { applyCustomerInput } from "../core/customer/customer-record.ts";
import { toStoredRecord } from "../server/customers/stored-record.ts";
import type { Database } from "../server/db/database.ts";

/** One realistic stored record, as the server writes it (no secrets, no nulls), reused as a template. */
function template(): string {
  const empty = createEmptyCustomerRecord({ id: "customer_template", type: "individual", mock: false, now: new Date().toISOString() });
  const record = applyCustomerInput(empty, {
    firstName: "John", lastName: "Doe", email: "template@example.com", phoneNumber: "+14155550123",
    address: { line1: "123 Main St", city: "San Francisco", postalCode: "94107", state: "CA", country: "USA" },
  }, { newUboId: () => "ubo_x", now: new Date().toISOString() });
  return JSON.stringify(toStoredRecord(record));
}

/**
 * Grows the customers table to `total` rows with one SQL statement per batch
 * (generate_series), far faster than the API and with the same row shape.
 * Every fifth customer is a business; emails and lookup keys are unique.
 */
export async function seedCustomers(db: Database, from: number, total: number): Promise<void> {
  const record = template();
  for (let start = from + 1; start <= total; start += 50_000) {
    const end = Math.min(total, start + 49_999);
    await db.query(
      `insert into customers (id, type, status, kyc, email, lookup_key, record, created_at, updated_at)
       select 'customer_' || md5(i::text), t, 'active', 'incomplete', 'user' || i || '@example.com', 'lk' || i,
              ($1::jsonb || jsonb_build_object('id', 'customer_' || md5(i::text), 'type', t, 'email', 'user' || i || '@example.com', 'lookupKey', 'lk' || i))::json,
              now(), now()
         from generate_series($2::int, $3::int) i, lateral (select (case when i % 5 = 0 then 'business' else 'individual' end)::customer_type as t) k`,
      [record, start, end],
    );
  }
  // As a table that grew over time would be: statistics current, and vacuumed, so the
  // measurement doesn't overlap the autovacuum a bulk insert triggers right after.
  await db.query("vacuum analyze customers");
}
