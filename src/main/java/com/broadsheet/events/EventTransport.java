package com.broadsheet.events;

import java.util.List;

/** Hands events over to whatever delivers them to consumers. */
interface EventTransport {

	/**
	 * Publishes the events. Returns only once the transport has taken responsibility for
	 * every one of them (for RabbitMQ: the broker confirmed); throws otherwise, and then
	 * the whole batch is retried.
	 */
	void publish(List<Envelope> events) throws Exception;

}
