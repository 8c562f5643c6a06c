-- 001: customers, idempotency keys, audit log (issue 2).
-- Runs inside migrate()'s transaction: no BEGIN/COMMIT here. Never edit an
-- applied migration (migrate() checks its checksum): add 002_… instead.

create table customers (
  -- Keyset pagination order: ids are random, so listing pages by seq returns
  -- each customer exactly once even while new ones are created.
  seq bigserial not null unique,
  id text primary key,
  type text not null check (type in ('individual', 'business')),
  status text not null default 'active' check (status in ('active', 'deactivated')),
  kyc text not null default 'incomplete'
    check (kyc in ('incomplete', 'pending', 'additionalReviewRequired', 'approved', 'rejected')),
  -- Copied out of `record` for the list filters; stored lowercased so
  -- `email = lower($1)` uses the index.
  email text check (email = lower(email)),
  lookup_key text,
  -- Optimistic concurrency: sent as ETag, checked against If-Match, bumped by every update.
  version integer not null default 1 check (version >= 1),
  -- Non-secret fields of the customer (core's TCustomerRecord without ssn/ein/dob).
  record jsonb not null,
  -- AES-256-GCM ciphertexts (server/crypto/field-cipher.ts) of ssn, ein, dob
  -- and per UBO, bound to this row and field. Never plaintext.
  secrets jsonb not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Tombstone: GDPR erasure empties record/secrets and sets this; the row stays
  -- so the id is never reused and audit entries keep their subject.
  deleted_at timestamptz
);

-- One index per list filter, each ending in seq so "filter + order by seq desc
-- + limit" is a single index range scan. Partial: erased customers never list.
create index customers_live_seq on customers (seq desc) where deleted_at is null;
create index customers_live_type_seq on customers (type, seq desc) where deleted_at is null;
create index customers_live_kyc_seq on customers (kyc, seq desc) where deleted_at is null;
create index customers_live_status_seq on customers (status, seq desc) where deleted_at is null;
create index customers_live_email_seq on customers (email, seq desc) where deleted_at is null;
create index customers_live_lookup_key_seq on customers (lookup_key, seq desc) where deleted_at is null;

create table idempotency_keys (
  -- Keys are scoped per client (IETF Idempotency-Key draft): the API key id,
  -- or the widget session's client-secret id.
  scope text not null,
  key text not null check (char_length(key) between 1 and 255),
  request_method text not null,
  request_path text not null,
  -- Hash of the request body: same key with another body gets 422.
  request_hash text not null,
  -- Written in the same transaction as the change it answers (brandur.org),
  -- so a committed key always has its response. Nullable only so a service may
  -- insert the key first (to claim it) and fill the response before COMMIT.
  status_code integer check (status_code between 100 and 599),
  response_body jsonb,
  created_at timestamptz not null default now(),
  primary key (scope, key)
);
-- Keys live 24 h: the expiry sweep deletes by age.
create index idempotency_keys_created_at on idempotency_keys (created_at);

-- Who read or changed which PII fields, and when (GLBA 16 CFR 314.4(c)(8)).
-- No foreign key: the customer row is a tombstone after erasure, and the
-- log must never block or be removed by it.
create table audit_log (
  id bigserial primary key,
  actor text not null,
  action text not null,
  customer_id text,
  fields text[] not null default '{}',
  ip text,
  user_agent text,
  created_at timestamptz not null default now()
);
create index audit_log_customer on audit_log (customer_id, created_at);
