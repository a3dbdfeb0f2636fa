-- Due deliveries are claimed per endpoint (a few at a time each), so the claim walks the
-- endpoints and reads each one's due deliveries oldest first.
create index webhook_delivery_endpoint_due_idx on webhook_delivery (endpoint_id, next_attempt_at)
  where status = 'PENDING';
drop index webhook_delivery_due_idx;
