-- 012: a customer's record stored as json instead of jsonb (issue 7).
-- No statement looks inside it: the server writes the whole record and reads it back
-- whole (filters use their own columns). jsonb parses every write into its binary form
-- (52 keys, sorted) and prints every read back to text; json checks the text and keeps
-- it as it came. The server wrote it with JSON.stringify, so nothing is lost: key order
-- and numbers come back as written. `secrets` and `documents` stay jsonb (small, and
-- re-encryption compares `secrets` with '{}').
-- Runs inside migrate()'s transaction: no BEGIN/COMMIT here.

-- The read functions return the column's type: replaced with it.
drop function customer_by_id(text);
drop function customer_by_id_for_update(text);

alter table customers alter column record type json using record::json;

create function customer_by_id(customer text)
returns table (seq bigint, record json, secrets jsonb, version integer, documents jsonb, erased boolean)
language plpgsql stable as $$
begin
  return query select c.seq, c.record, c.secrets, c.version, c.documents, c.deleted_at is not null
    from customers c where c.id = customer;
end
$$;

create function customer_by_id_for_update(customer text)
returns table (seq bigint, record json, secrets jsonb, version integer, documents jsonb, erased boolean)
language plpgsql as $$
begin
  return query select c.seq, c.record, c.secrets, c.version, c.documents, c.deleted_at is not null
    from customers c where c.id = customer for update;
end
$$;
