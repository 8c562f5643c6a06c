-- 007: each customer row carries the summaries of its documents (issue 7).
-- Every read of a customer needs them (they decide its requirements); reading them
-- with a subquery doubled the cost of a retrieve and of each customer in a list page.
-- A trigger keeps the column right whichever statement changes `documents`.
-- Runs inside migrate()'s transaction: no BEGIN/COMMIT here.

alter table customers add column documents jsonb not null default '[]';

-- The shape core/requirements reads: type, uboId, created (ISO 8601, UTC, ms), in upload order.
create function customer_documents_summary(customer text) returns jsonb
language sql stable as $$
  select coalesce(jsonb_agg(jsonb_build_object('type', d.type, 'uboId', d.ubo_id,
           'created', to_char(d.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) order by d.seq), '[]'::jsonb)
    from documents d where d.customer_id = customer
$$;

create function refresh_customer_documents() returns trigger
language plpgsql as $$
begin
  if tg_op <> 'DELETE' then
    update customers set documents = customer_documents_summary(new.customer_id) where id = new.customer_id;
  end if;
  if tg_op = 'DELETE' or old.customer_id <> new.customer_id then
    update customers set documents = customer_documents_summary(old.customer_id) where id = old.customer_id;
  end if;
  return null;
end
$$;

-- Inline documents (seed 004) are stored just before their new customer's row: the
-- update then finds no row, and the customer is inserted with its summaries instead
-- (server/customers/customer-store.ts).
create trigger documents_refresh_customer after insert or update or delete on documents
  for each row execute function refresh_customer_documents();

update customers set documents = customer_documents_summary(id) where exists (select 1 from documents d where d.customer_id = customers.id);
