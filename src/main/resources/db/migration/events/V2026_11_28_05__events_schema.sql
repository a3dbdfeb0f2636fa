-- Transactional outbox: an integration event is inserted here in the transaction that
-- caused it, then published by the relay. Published rows are kept for a while as an
-- event log and removed by housekeeping.
create table outbox_event (
  id              uuid primary key,
  type            text not null,
  payload         jsonb not null,
  headers         jsonb not null default '{}',
  occurred_at     timestamptz not null,
  published_at    timestamptz,
  attempts        int not null default 0,
  next_attempt_at timestamptz not null,
  last_error      text
);
-- The relay's query: due, unpublished events. Partial, so it only ever holds the backlog.
create index outbox_event_pending_idx on outbox_event (next_attempt_at) where published_at is null;
create index outbox_event_published_idx on outbox_event (published_at) where published_at is not null;

-- The in-process transport's queue (used when no RabbitMQ is configured): one row per
-- consumer and event, retried with back-off; DEAD rows are its dead-letter queue.
create table event_delivery (
  consumer        text not null,
  event_id        uuid not null,
  type            text not null,
  payload         jsonb not null,
  headers         jsonb not null default '{}',
  occurred_at     timestamptz not null,
  attempts        int not null default 0,
  next_attempt_at timestamptz not null,
  status          text not null check (status in ('PENDING', 'DEAD')),
  last_error      text,
  primary key (consumer, event_id)
);
create index event_delivery_due_idx on event_delivery (next_attempt_at) where status = 'PENDING';

-- Duplicate suppression: a consumer claims an event before handling it and marks it DONE
-- after. A stale PROCESSING claim (the process died) may be taken over after a lease.
create table consumed_event (
  consumer   text not null,
  event_id   uuid not null,
  status     text not null check (status in ('PROCESSING', 'DONE')),
  claimed_at timestamptz not null,
  primary key (consumer, event_id)
);
create index consumed_event_claimed_idx on consumed_event (claimed_at);
