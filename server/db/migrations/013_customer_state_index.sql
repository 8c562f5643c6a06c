-- 013: one index for the type, status and kyc filters instead of one each (issue 7).
-- Every insert wrote all three, and so did every update that moved the row (most do:
-- its page is full). Led by all three, one index serves any of them: the list walks one
-- range per combination of the values not filtered on and merges them in `seq` order
-- (server/customers/list-statement.ts). Two index writes fewer per insert, ~9 µs of
-- PostgreSQL's CPU under load; and a filter on two of them is now a range of its own.
-- Runs inside migrate()'s transaction: no BEGIN/COMMIT here.

create index customers_live_state_seq on customers (type, status, kyc, seq desc) where deleted_at is null;
drop index customers_live_type_seq;
drop index customers_live_kyc_seq;
drop index customers_live_status_seq;
