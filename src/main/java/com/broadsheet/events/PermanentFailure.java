package com.broadsheet.events;

/**
 * Thrown by a consumer for an event it can never handle (a malformed payload, a rejected
 * recipient): the event goes to the dead-letter queue without further retries.
 */
public class PermanentFailure extends RuntimeException {

	public PermanentFailure(String message, Throwable cause) {
		super(message, cause);
	}

	public PermanentFailure(String message) {
		super(message);
	}

}
