package com.broadsheet.events;

import java.util.Set;

/**
 * A durable subscriber to integration events. Each consumer has its own queue: with
 * several instances running, every event reaches exactly one instance's copy of the
 * consumer (competing consumers). Delivery is at least once; the events module suppresses
 * redeliveries of an event the consumer already handled, so {@link #consume} runs once
 * per event unless the process dies in the middle of it.
 */
public interface EventConsumer<E> {

	/**
	 * Consumers that retry for as long as it takes, never dead-lettering transient
	 * failures.
	 */
	int RETRY_FOREVER = Integer.MAX_VALUE;

	/**
	 * A stable name, unique among consumers: it names the consumer's queue and its
	 * duplicate-suppression records, so changing it starts a new, empty queue.
	 */
	String name();

	/**
	 * The {@link IntegrationEvent} types this consumer receives, each a subtype of the
	 * type it declares.
	 */
	Set<Class<? extends E>> eventTypes();

	/**
	 * Handles one event, already read as its type. Returning normally acknowledges it;
	 * throwing schedules a retry with a growing delay, and {@link PermanentFailure}
	 * dead-letters it at once.
	 */
	void consume(Delivery<E> delivery) throws Exception;

	/**
	 * Whether every running instance receives every event (instead of one instance per
	 * event). For per-instance work such as dropping in-memory caches: delivered at most
	 * once per instance, with no retries, dead letters or duplicate suppression, to
	 * instances that are running at the time.
	 */
	default boolean broadcast() {
		return false;
	}

	/**
	 * How many attempts before the event is dead-lettered; {@code 0} means the configured
	 * default ({@code broadsheet.events.max-attempts}).
	 */
	default int maxAttempts() {
		return 0;
	}

}
