-- 002: documents and terms acceptances (issue 3).
-- Runs inside migrate()'s transaction: no BEGIN/COMMIT here.

create table documents (
  seq bigserial not null unique,
  -- `document_<32 hex>`; also the file's generated storage name, never the upload's name.
  id text primary key,
  -- Deferred: seed 004 lets a create carry documents inline, and they are stored
  -- in the same transaction just before the new customer's row.
  customer_id text not null references customers (id) deferrable initially deferred,
  -- A document of one of the customer's beneficial owners, or null for the customer's own.
  ubo_id text,
  type text not null check (type in ('identityDocumentFront', 'identityDocumentBack', 'proofOfAddressDocument',
    'incorporationDocument', 'shareholderDocument', 'statementOfFunds')),
  -- Detected from the bytes (file-type), never taken from the client.
  content_type text not null check (content_type in ('image/jpeg', 'image/png', 'application/pdf')),
  size_bytes integer not null check (size_bytes > 0),
  -- SHA-256 of the stored bytes (after metadata stripping), checked on download.
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  width integer,
  height integer,
  storage_name text not null unique,
  created_at timestamptz not null
);
create index documents_customer on documents (customer_id, seq);

-- One row per acceptance of terms: what was shown (the disclaimer version and
-- its exact text), when, and from where (issue 3).
create table acceptances (
  id bigserial primary key,
  customer_id text not null references customers (id) deferrable initially deferred,
  kind text not null check (kind in ('tos', 'msa', 'euAccountTos')),
  disclaimer_version text not null,
  disclaimer_text text not null,
  ip text,
  user_agent text,
  -- "secret_key" (the host's API call) or the widget session that accepted.
  actor text not null,
  accepted_at timestamptz not null
);
create index acceptances_customer on acceptances (customer_id, kind);
