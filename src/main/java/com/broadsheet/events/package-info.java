/**
 * Events that leave the process, delivered reliably. An event type annotated with
 * {@link com.broadsheet.events.IntegrationEvent} is written to a transactional outbox in
 * the transaction that publishes it; a relay hands it to the transport (RabbitMQ when
 * configured, otherwise an in-process queue persisted in PostgreSQL); each
 * {@link com.broadsheet.events.EventConsumer} receives it at least once, is protected
 * against duplicates by its event id, is retried with growing delays, and ends in a
 * dead-letter queue after too many failures, from where it can be replayed.
 */
@ApplicationModule(displayName = "Events", allowedDependencies = { "platform", "observability" })
package com.broadsheet.events;

import org.springframework.modulith.ApplicationModule;
