-- 010: the unfiltered list walks the index of `seq`'s unique constraint (issue 7).
-- `customers_live_seq` held the same keys as `customers_seq_key` minus the erased
-- customers, so every create wrote both. Walked backward, the unique index serves
-- "newest first" as well; the erased customers it also holds are tombstones
-- (a few among many) that the walk skips. One index fewer for every insert.
-- Runs inside migrate()'s transaction: no BEGIN/COMMIT here.

drop index customers_live_seq;
