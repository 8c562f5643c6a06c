-- 008: the customer read by id, as functions whose plan is kept (issue 7).
-- Every API call on a customer starts with this read. A plain statement is planned on
-- each call, and planning weighs every index of `customers` (eight); on PGlite, which
-- caches no plan for a query sent with parameters, that was a sixth of a retrieve.
-- PL/pgSQL keeps the plan of its query for the connection. `erased` is returned
-- instead of filtered, so erased customers read as not found (customer-store.ts).
-- Runs inside migrate()'s transaction: no BEGIN/COMMIT here.

create function customer_by_id(customer text)
returns table (seq bigint, record jsonb, secrets jsonb, version integer, documents jsonb, erased boolean)
language plpgsql stable as $$
begin
  return query select c.seq, c.record, c.secrets, c.version, c.documents, c.deleted_at is not null
    from customers c where c.id = customer;
end
$$;

-- The same read, locking the row for the caller's transaction (a change follows).
create function customer_by_id_for_update(customer text)
returns table (seq bigint, record jsonb, secrets jsonb, version integer, documents jsonb, erased boolean)
language plpgsql as $$
begin
  return query select c.seq, c.record, c.secrets, c.version, c.documents, c.deleted_at is not null
    from customers c where c.id = customer for update;
end
$$;

