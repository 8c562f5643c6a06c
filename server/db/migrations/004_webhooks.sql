-- 004: webhook endpoints, transactional outbox and delivery log (issue 3).
-- Runs inside migrate()'s transaction: no BEGIN/COMMIT here.

create table webhook_endpoints (
  id text primary key,
  url text not null,
  -- Event types, or '*' for all (core/webhooks/events.ts).
  events text[] not null,
  description text,
  status text not null default 'enabled' check (status in ('enabled', 'disabled')),
  -- Why it was disabled: 'gone' (the receiver answered 410) or 'manual'.
  disabled_reason text,
  -- `whsec_…` secrets, AES-256-GCM encrypted (server/crypto/field-cipher.ts),
  -- bound to this row: whoever reads the table can't forge deliveries.
  secret text not null,
  -- After a rotation the old secret still signs until it expires, so receivers
  -- can switch without dropping deliveries (Standard Webhooks: several signatures).
  previous_secret text,
  previous_secret_expires_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null
);

-- The outbox: written in the same transaction as the customer change (see
-- server/webhooks/outbox.ts), so a rolled-back change leaves no event.
create table webhook_events (
  id text primary key,
  type text not null,
  customer_id text,
  -- The exact body sent, as text: every retry signs and sends the same bytes.
  body text not null,
  created_at timestamptz not null
);

-- The last webhook view of each customer that events were computed from, so a
-- change that only moves requirements (a document upload) is still noticed.
create table webhook_customer_state (
  customer_id text primary key,
  summary jsonb not null
);

create table webhook_deliveries (
  -- Keyset pagination order for GET /v1/webhook/:id/deliveries.
  seq bigserial not null unique,
  id text primary key,
  endpoint_id text not null references webhook_endpoints (id) on delete cascade,
  event_id text not null references webhook_events (id) on delete cascade,
  status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
  -- Attempts started so far (counted when claimed, so a crash still counts).
  attempts integer not null default 0,
  next_attempt_at timestamptz,
  -- The claim: a dispatcher owns the row until locked_until; after a crash the
  -- lease runs out and another dispatcher takes it (at least once).
  locked_until timestamptz,
  lease_token text,
  -- About 3 days after creation: no automatic retry is scheduled past it.
  give_up_at timestamptz not null,
  last_status_code integer,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
-- The dispatcher's claim: due pending rows, oldest first.
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_endpoint_seq on webhook_deliveries (endpoint_id, seq desc);

-- Every attempt, for GET …/deliveries: status code, duration, error, next retry.
create table webhook_attempts (
  id bigserial primary key,
  delivery_id text not null references webhook_deliveries (id) on delete cascade,
  attempt integer not null,
  status_code integer,
  duration_ms integer not null,
  error text,
  next_retry_at timestamptz,
  attempted_at timestamptz not null
);
create index webhook_attempts_delivery on webhook_attempts (delivery_id, attempt);
