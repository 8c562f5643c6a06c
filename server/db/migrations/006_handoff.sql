-- 006: continue on another device (issue 6).
-- Runs inside migrate()'s transaction: no BEGIN/COMMIT here.

-- One row per handoff link. The link's token and the credential it is exchanged
-- for are stored only as SHA-256 hashes (like the session's client secret), so a
-- database dump can neither open a link nor drive the widget.
create table onboarding_handoffs (
  id text primary key,
  session_id text not null,
  token_hash text not null unique,
  -- Short-lived (10 min by default): long enough to pick up a phone and scan.
  expires_at timestamptz not null,
  -- Set once, by the exchange that wins: a second opening is refused.
  used_at timestamptz,
  -- SHA-256 of the credential the phone received; it authenticates as the
  -- session until the session itself expires.
  credential_hash text unique,
  created_at timestamptz not null default now()
);
create index onboarding_handoffs_session on onboarding_handoffs (session_id);
create index onboarding_handoffs_expires_at on onboarding_handoffs (expires_at);
