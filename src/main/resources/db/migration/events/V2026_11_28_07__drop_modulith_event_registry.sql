-- Integration events go through this project's transactional outbox (outbox_event) and
-- per-consumer queues; Spring Modulith's event publication registry is not used.
drop table if exists event_publication;
