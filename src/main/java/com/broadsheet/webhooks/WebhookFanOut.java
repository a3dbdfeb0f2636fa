package com.broadsheet.webhooks;

import java.util.Map;
import java.util.Set;

import com.broadsheet.events.Delivery;
import com.broadsheet.events.EventConsumer;
import com.broadsheet.observability.Traces;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns each event into one stored delivery per subscribed endpoint. The HTTP calls
 * happen later, in {@link WebhookSender}, with their own per-endpoint retries: one slow
 * receiver never holds up the event queue or another receiver.
 */
@Component
class WebhookFanOut implements EventConsumer<Object> {

	private final Endpoints endpoints;

	private final Deliveries deliveries;

	private final WebhookPayloads payloads;

	private final WebhookSender sender;

	private final TransactionTemplate transaction;

	private final ObservationRegistry observations;

	WebhookFanOut(Endpoints endpoints, Deliveries deliveries, WebhookPayloads payloads, WebhookSender sender,
			TransactionTemplate transaction, ObservationRegistry observations) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.payloads = payloads;
		this.sender = sender;
		this.transaction = transaction;
		this.observations = observations;
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
	public void consume(Delivery<Object> delivery) {
		var subscribed = endpoints.subscribedTo(delivery.type());
		if (subscribed.isEmpty()) {
			return;
		}
		String body = payloads.body(delivery);
		// Each attempt, whenever it runs, continues the trace of the event.
		Map<String, String> trace = Traces.handOff(observations, "broadsheet.webhooks.schedule",
				"schedule webhooks " + delivery.type());
		transaction.executeWithoutResult(status -> {
			subscribed.forEach(
					endpoint -> deliveries.enqueue(endpoint.id(), delivery.eventId(), delivery.type(), body, trace));
			sender.wakeUpAfterCommit();
		});
	}

}
