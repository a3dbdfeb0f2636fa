package com.broadsheet.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event record that leaves the process: published with Spring's
 * {@code ApplicationEventPublisher} inside a transaction, it is stored in the outbox in
 * that same transaction and delivered to every {@link EventConsumer} that subscribes to
 * it. The record must serialize to JSON and should carry identifiers, not entities.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IntegrationEvent {

	/**
	 * The event's stable name, used as the RabbitMQ routing key and the webhook event
	 * type, e.g. {@code lead.created}. Declared here, in the module that owns the event,
	 * and nowhere else.
	 */
	String value();

}
