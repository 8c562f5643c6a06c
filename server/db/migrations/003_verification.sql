-- 003: verification jobs and results (issue 3).
-- Runs inside migrate()'s transaction: no BEGIN/COMMIT here.

-- Background verification, claimed with FOR UPDATE SKIP LOCKED so any number
-- of server processes can share one PostgreSQL. A claimed job carries a lease
-- (locked_until): a worker that dies mid-job loses it, and another picks the job
-- up once the lease has passed. Jobs are rows, so they survive a restart.
create table verification_jobs (
  id bigserial primary key,
  customer_id text not null references customers (id) deferrable initially deferred,
  state text not null default 'queued' check (state in ('queued', 'done', 'failed')),
  attempts integer not null default 0,
  run_after timestamptz not null,
  locked_until timestamptz,
  -- Which worker holds the lease; its decision commits only while it still does.
  locked_by text,
  last_error text,
  created_at timestamptz not null,
  completed_at timestamptz
);
create index verification_jobs_due on verification_jobs (run_after, id) where state = 'queued';
-- At most one open job per customer: a second submit can't queue a second decision.
create unique index verification_jobs_one_open on verification_jobs (customer_id) where state = 'queued';

-- Every decision, by the provider or by an operator (seed 003 "review").
create table verification_results (
  id bigserial primary key,
  customer_id text not null references customers (id) deferrable initially deferred,
  job_id bigint references verification_jobs (id),
  -- 'provider' (automatic) or 'manual' (an operator's POST /review).
  source text not null check (source in ('provider', 'manual')),
  provider text,
  decision text not null check (decision in ('approved', 'rejected', 'additionalReviewRequired')),
  reason text,
  -- Per-check results: identity, address, document, sanctions, business (KYB).
  breakdown jsonb not null default '{}',
  note text,
  actor text not null,
  created_at timestamptz not null
);
create index verification_results_customer on verification_results (customer_id, id);
