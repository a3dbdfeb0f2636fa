package com.broadsheet.webhooks;

import java.util.Set;

import com.broadsheet.events.Delivery;
import com.broadsheet.events.EventConsumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns each event into one stored delivery per subscribed endpoint. The HTTP calls
 * happen later, in {@link WebhookSender}, with their own per-endpoint retries: one slow
 * receiver never holds up the event queue or another receiver.
 */
@Component
class WebhookFanOut implements EventConsumer {

	private final Endpoints endpoints;

	private final Deliveries deliveries;

	private final WebhookPayloads payloads;

	private final WebhookSender sender;

	private final TransactionTemplate transaction;

	WebhookFanOut(Endpoints endpoints, Deliveries deliveries, WebhookPayloads payloads, WebhookSender sender,
			TransactionTemplate transaction) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.payloads = payloads;
		this.sender = sender;
		this.transaction = transaction;
	}

	@Override
	public String name() {
		return "webhooks";
	}

	@Override
	public Set<Class<?>> eventTypes() {
		return WebhookEvents.TYPES;
	}

	@Override
	public void consume(Delivery delivery) {
		var subscribed = endpoints.subscribedTo(delivery.type());
		if (subscribed.isEmpty()) {
			return;
		}
		String body = payloads.body(delivery);
		transaction.executeWithoutResult(status -> {
			subscribed
				.forEach(endpoint -> deliveries.enqueue(endpoint.id(), delivery.eventId(), delivery.type(), body));
			sender.wakeUpAfterCommit();
		});
	}

}
