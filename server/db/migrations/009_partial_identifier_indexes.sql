-- 009: the email and lookup-key list indexes hold only customers that have one (issue 7).
-- A customer created without a lookup key (most of them) or before its email is known
-- (a widget session's first step) no longer adds an entry under NULL to each: every such
-- insert went to the same leaf page, and none is ever found by `email = $1` or
-- `lookup_key = $1`, which imply IS NOT NULL and so still use these indexes.
-- Runs inside migrate()'s transaction: no BEGIN/COMMIT here.

drop index customers_live_email_seq;
create index customers_live_email_seq on customers (email, seq desc) where deleted_at is null and email is not null;
drop index customers_live_lookup_key_seq;
create index customers_live_lookup_key_seq on customers (lookup_key, seq desc) where deleted_at is null and lookup_key is not null;
