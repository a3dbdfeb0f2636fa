package com.broadsheet.events;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import com.broadsheet.observability.Traces;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes every {@link IntegrationEvent} to the outbox, synchronously, in the transaction
 * that published it: the event exists if and only if the change that caused it commits.
 * After the commit the relay is woken up, so delivery starts at once rather than at the
 * next poll.
 */
@Component
class OutboxWriter {

	private final Outbox outbox;

	private final EventTypes types;

	private final JsonMapper json;

	private final OutboxRelay relay;

	private final Clock clock;

	private final ObservationRegistry observations;

	OutboxWriter(Outbox outbox, EventTypes types, JsonMapper json, OutboxRelay relay, Clock clock,
			ObservationRegistry observations) {
		this.outbox = outbox;
		this.types = types;
		this.json = json;
		this.relay = relay;
		this.clock = clock;
		this.observations = observations;
	}

	@EventListener
	void on(Object event) {
		String type = types.nameOf(event.getClass()).orElse(null);
		if (type == null) {
			return;
		}
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException(
					"Integration event " + type + " must be published inside a transaction, or it could be lost");
		}
		// The trace of the request that caused the event travels with it: the relay, the
		// broker and every consumer continue it.
		Map<String, String> trace = Traces.handOff(observations, "broadsheet.outbox.record", "outbox record " + type,
				KeyValue.of("event.type", type));
		outbox.add(new Envelope(UUID.randomUUID(), type, clock.instant(), json.writeValueAsString(event), trace));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				relay.wakeUp();
			}
		});
	}

}
