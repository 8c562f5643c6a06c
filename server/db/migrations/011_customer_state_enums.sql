-- 011: a customer's type, status and kyc as enum types instead of text with CHECK (issue 7).
-- PostgreSQL rebuilds a table's CHECK expressions on every statement that writes it
-- (read back from their stored form, planned and compiled), and the three IN lists cost
-- more than the rest of an insert's checks together: 10–12 µs of PostgreSQL's ~75 per
-- customer insert on one connection. An enum refuses the same values (22P02, "invalid
-- input value for enum") when the value is read, at no cost per statement. The values
-- are those of core/customer/enums.ts; test/server/db/customer-enums.test.ts compares them.
-- Runs inside migrate()'s transaction: no BEGIN/COMMIT here.

create type customer_type as enum ('individual', 'business');
create type customer_status as enum ('active', 'deactivated');
create type customer_kyc as enum ('incomplete', 'pending', 'additionalReviewRequired', 'approved', 'rejected');

alter table customers
  drop constraint customers_type_check,
  drop constraint customers_status_check,
  drop constraint customers_kyc_check,
  alter column status drop default,
  alter column kyc drop default;
-- Rewrites the table and rebuilds its indexes (type, kyc and status lead three of them).
alter table customers
  alter column type type customer_type using type::customer_type,
  alter column status type customer_status using status::customer_status,
  alter column kyc type customer_kyc using kyc::customer_kyc,
  alter column status set default 'active',
  alter column kyc set default 'incomplete';
