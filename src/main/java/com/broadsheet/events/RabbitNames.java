package com.broadsheet.events;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.amqp.core.Queue;

/**
 * Every exchange and queue name of the RabbitMQ topology, under one namespace. Routing
 * keys are the event names declared on the events themselves; queue names come from the
 * consumers' names.
 */
final class RabbitNames {

	private final String namespace;

	private final Map<String, Queue> broadcastQueues = new ConcurrentHashMap<>();

	RabbitNames(String namespace) {
		this.namespace = namespace;
	}

	/** Topic exchange every integration event is published to, keyed by event name. */
	String events() {
		return namespace + ".events";
	}

	/** Headers exchange that routes a failed message to the delay queue for its delay. */
	String retry() {
		return namespace + ".retry";
	}

	/**
	 * Direct exchange that delay queues dead-letter into, keyed by the consumer queue
	 * name.
	 */
	String requeue() {
		return namespace + ".requeue";
	}

	String queue(EventConsumer<?> consumer) {
		return queue(consumer.name());
	}

	String queue(String consumer) {
		return namespace + "." + consumer;
	}

	String deadLetterQueue(String consumer) {
		return queue(consumer) + ".dlq";
	}

	String delayQueue(Duration delay) {
		return namespace + ".retry." + delay.toMillis() + "ms";
	}

	/**
	 * This instance's own queue for a broadcast consumer: exclusive, deleted when the
	 * instance disconnects, and declared again on reconnect.
	 */
	Queue broadcastQueue(EventConsumer<?> consumer) {
		// A plain Queue, not AnonymousQueue: that one adds an x-queue-leader-locator
		// argument, which classic queues on RabbitMQ before 3.12 refuse.
		return broadcastQueues.computeIfAbsent(consumer.name(),
				name -> new Queue(queue(name) + "." + UUID.randomUUID(), false, true, true));
	}

}
