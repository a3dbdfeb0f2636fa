package com.broadsheet.events;

import java.time.Duration;

/**
 * Every exchange and queue name of the RabbitMQ topology, under one namespace. Routing
 * keys are the event names declared on the events themselves; queue names come from the
 * consumers' names.
 */
record RabbitNames(String namespace) {

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

	String queue(EventConsumer consumer) {
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

}
