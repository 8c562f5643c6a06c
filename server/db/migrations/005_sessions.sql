-- 005: widget onboarding sessions (issue 4).
-- Runs inside migrate()'s transaction: no BEGIN/COMMIT here.

create table onboarding_sessions (
  -- `ses_<32 hex>`: also the public part of the client secret and of the embed URL.
  id text primary key,
  -- No foreign key: an erased customer keeps its tombstone row, and a session
  -- that outlives it must fail on the customer lookup (404), not block erasure.
  customer_id text not null,
  -- SHA-256 (hex) of the whole client secret. The secret itself is never stored
  -- (Stripe AccountSession: "never stored or logged"), so a database dump cannot
  -- drive anyone's widget.
  secret_hash text not null,
  -- Exact origins (`scheme://host[:port]`) allowed to frame the embed page and
  -- to receive its events; also the CSP frame-ancestors list.
  allowed_origins jsonb not null,
  locale text,
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
create index onboarding_sessions_customer on onboarding_sessions (customer_id);
-- Expired sessions are useless: a later sweep deletes by expiry.
create index onboarding_sessions_expires_at on onboarding_sessions (expires_at);
