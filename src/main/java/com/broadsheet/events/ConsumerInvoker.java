package com.broadsheet.events;

import java.time.Duration;

import com.broadsheet.observability.Traces;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Runs one delivery through a consumer, the same way for every transport: suppress a
 * duplicate, deserialize, call the consumer, and decide what a failure means (retry after
 * a delay, or dead-letter).
 */
@Component
class ConsumerInvoker {

	sealed interface Outcome {

	}

	record Handled() implements Outcome {
	}

	record Duplicate() implements Outcome {
	}

	record Retry(Duration delay, String error) implements Outcome {
	}

	record Dead(String error) implements Outcome {
	}

	private static final Logger log = LoggerFactory.getLogger(ConsumerInvoker.class);

	private final Claims claims;

	private final EventTypes types;

	private final JsonMapper json;

	private final EventsProperties properties;

	private final MeterRegistry meters;

	private final ObservationRegistry observations;

	ConsumerInvoker(Claims claims, EventTypes types, JsonMapper json, EventsProperties properties, MeterRegistry meters,
			ObservationRegistry observations) {
		this.claims = claims;
		this.types = types;
		this.json = json;
		this.properties = properties;
		this.meters = meters;
		this.observations = observations;
	}

	/**
	 * @param attempt 1 for the first delivery
	 */
	Outcome invoke(EventConsumer<?> consumer, Envelope envelope, int attempt) {
		Outcome outcome = attempt(consumer, envelope, attempt);
		String name = switch (outcome) {
			case Handled h -> "handled";
			case Duplicate d -> "duplicate";
			case Retry r -> "retried";
			case Dead d -> "dead_lettered";
		};
		meters.counter("broadsheet.events.consumed", "consumer", consumer.name(), "outcome", name).increment();
		if (outcome instanceof Retry retry) {
			log.warn("Consumer {} failed on {} {} (attempt {}), retrying in {}: {}", consumer.name(), envelope.type(),
					envelope.id(), attempt, retry.delay(), retry.error());
		}
		else if (outcome instanceof Dead dead) {
			log.error("Consumer {} gave up on {} {} after {} attempt(s); dead-lettered: {}", consumer.name(),
					envelope.type(), envelope.id(), attempt, dead.error());
		}
		return outcome;
	}

	private Outcome attempt(EventConsumer<?> consumer, Envelope envelope, int attempt) {
		if (!claims.claim(consumer.name(), envelope.id(), properties.claimLease())) {
			return new Duplicate();
		}
		try {
			run(consumer, envelope, attempt);
			claims.complete(consumer.name(), envelope.id());
			return new Handled();
		}
		catch (PermanentFailure ex) {
			claims.release(consumer.name(), envelope.id());
			return new Dead(describe(ex));
		}
		catch (Exception ex) {
			claims.release(consumer.name(), envelope.id());
			if (attempt >= maxAttempts(consumer)) {
				return new Dead(describe(ex));
			}
			return new Retry(properties.delayAfter(attempt), describe(ex));
		}
	}

	/**
	 * Runs a broadcast delivery on this instance: no claim, no retry. A failure is logged
	 * and counted, never rethrown.
	 */
	void broadcast(EventConsumer<?> consumer, Envelope envelope) {
		try {
			run(consumer, envelope, 1);
			meters.counter("broadsheet.events.consumed", "consumer", consumer.name(), "outcome", "handled").increment();
		}
		catch (Exception ex) {
			meters.counter("broadsheet.events.consumed", "consumer", consumer.name(), "outcome", "failed").increment();
			log.warn("Broadcast consumer {} failed on {} {}: {}", consumer.name(), envelope.type(), envelope.id(),
					ex.toString());
		}
	}

	/**
	 * Reads the event as its type and hands it to the consumer, in a span that continues
	 * the trace the event was published in.
	 * @throws PermanentFailure for an unknown type or an unreadable payload
	 */
	private <E> void run(EventConsumer<E> consumer, Envelope envelope, int attempt) throws Exception {
		Class<?> type = types.classOf(envelope.type())
			.orElseThrow(() -> new PermanentFailure("Unknown event type " + envelope.type()));
		if (consumer.eventTypes().stream().noneMatch(accepted -> accepted.isAssignableFrom(type))) {
			throw new PermanentFailure(consumer.name() + " does not receive " + envelope.type());
		}
		E event;
		try {
			// Checked above: the type is one of those the consumer declared.
			@SuppressWarnings("unchecked")
			E read = (E) json.readValue(envelope.payload(), type);
			event = read;
		}
		catch (RuntimeException ex) {
			throw new PermanentFailure("Unreadable " + envelope.type() + " payload", ex);
		}
		Delivery<E> delivery = new Delivery<>(envelope.id(), envelope.type(), envelope.occurredAt(), event, attempt);
		Traces.resume(observations, "broadsheet.events.consume",
				"consume " + envelope.type() + " by " + consumer.name(), envelope.headers(), Kind.CONSUMER, () -> {
					consumer.consume(delivery);
					return null;
				}, KeyValue.of("consumer", consumer.name()), KeyValue.of("event.type", envelope.type()));
	}

	int maxAttempts(EventConsumer<?> consumer) {
		return consumer.maxAttempts() > 0 ? consumer.maxAttempts() : properties.maxAttempts();
	}

	private static String describe(Exception ex) {
		String message = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
		return message.length() > 500 ? message.substring(0, 500) : message;
	}

}
