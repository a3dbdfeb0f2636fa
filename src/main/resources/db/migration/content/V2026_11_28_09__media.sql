-- Uploaded images live in PostgreSQL, shared by every instance (no local disk). Content
-- addressed: the name is the SHA-256 of the bytes, so a URL never changes meaning and
-- can be cached forever.
create table media (
  sha256       text primary key,
  content_type text not null,
  size_bytes   int not null,
  bytes        bytea not null,
  created_at   timestamptz not null default now()
);

alter table article add column cover_sha256 text references media (sha256);
alter table article add column cover_alt text;
