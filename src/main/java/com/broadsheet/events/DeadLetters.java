package com.broadsheet.events;

import java.util.List;
import java.util.UUID;

/** The dead-letter queues of all consumers: what is there, and putting it back. */
public interface DeadLetters {

	/** Every dead-lettered event, oldest first. */
	List<DeadLetter> list();

	/**
	 * Hands the event to its consumer again as a first attempt.
	 * @return whether such a dead letter existed
	 */
	boolean replay(String consumer, UUID eventId);

}
