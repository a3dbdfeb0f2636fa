create table webhook_endpoint (
  id         bigint generated always as identity primary key,
  url        text not null,
  -- Needed in clear to compute signatures; never shown again after registration.
  secret     text not null,
  events     text[] not null,
  enabled    boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- One delivery per endpoint and event, with the exact body that is signed and sent on
-- every attempt. Retried with exponential back-off until the retry window closes.
create table webhook_delivery (
  id                bigint generated always as identity primary key,
  endpoint_id       bigint not null references webhook_endpoint (id) on delete cascade,
  event_id          uuid not null,
  event_type        text not null,
  body              text not null,
  status            text not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
  attempts          int not null default 0,
  next_attempt_at   timestamptz not null,
  window_started_at timestamptz not null,
  created_at        timestamptz not null default now(),
  delivered_at      timestamptz,
  last_status_code  int,
  last_error        text,
  constraint webhook_delivery_once unique (endpoint_id, event_id)
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_log_idx on webhook_delivery (endpoint_id, created_at desc, id desc);

create table webhook_attempt (
  id           bigint generated always as identity primary key,
  delivery_id  bigint not null references webhook_delivery (id) on delete cascade,
  attempt      int not null,
  attempted_at timestamptz not null,
  status_code  int,
  latency_ms   int not null,
  error        text
);
create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id, attempt);
