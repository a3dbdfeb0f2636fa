-- The trace context of the event that caused a delivery (W3C traceparent), so the
-- attempt, whenever and wherever it runs, continues the same trace.
alter table webhook_delivery add column trace_headers jsonb not null default '{}'::jsonb;
