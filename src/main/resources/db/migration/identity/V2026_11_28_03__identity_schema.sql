create table app_user (
  id            bigint generated always as identity primary key,
  email         text not null,
  display_name  text not null,
  password_hash text not null,
  role          text not null check (role in ('ADMIN', 'EDITOR', 'AUTHOR')),
  -- Loose reference to content's author (no cross-module foreign key).
  author_slug   text,
  enabled       boolean not null default true,
  created_at    timestamptz not null default now()
);
create unique index app_user_email_idx on app_user (lower(email));

create table api_token (
  id           bigint generated always as identity primary key,
  user_id      bigint not null references app_user (id),
  name         text not null,
  -- SHA-256 of the token: tokens are 256-bit random, so a fast hash is safe
  -- and lets each request look the token up by index.
  token_hash   text not null unique,
  prefix       text not null,
  created_at   timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);
