package com.broadsheet.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.broadsheet.platform.Backoff;
import com.broadsheet.platform.PollingLoop;
import com.broadsheet.observability.Traces;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves events from the outbox to the transport. Each round locks a batch of due events
 * (skipping those another instance holds), publishes them, and marks them published only
 * after the transport confirmed. When the transport is unreachable the events stay in the
 * outbox and the relay backs off, doubling its pause up to {@code max-backoff}; nothing
 * is lost, and a restarted instance simply continues.
 */
@Component
class OutboxRelay {

	static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final Outbox outbox;

	private final EventTransport transport;

	private final TransactionTemplate transaction;

	private final EventsProperties properties;

	private final MeterRegistry meters;

	private final ObservationRegistry observations;

	private final PollingLoop loop;

	private final Backoff backoff;

	private volatile int consecutiveFailures;

	OutboxRelay(Outbox outbox, EventTransport transport, TransactionTemplate transaction, EventsProperties properties,
			MeterRegistry meters, ObservationRegistry observations) {
		this.outbox = outbox;
		this.transport = transport;
		this.transaction = transaction;
		this.properties = properties;
		this.meters = meters;
		this.observations = observations;
		this.loop = new PollingLoop("outbox-relay", this::relay, properties.pollInterval());
		this.backoff = properties.relayBackoff();
	}

	/**
	 * Relays new events now; ignored while the transport is failing, so a burst of new
	 * events does not cut the back-off short.
	 */
	void wakeUp() {
		if (consecutiveFailures == 0) {
			loop.wakeUp();
		}
	}

	private Duration relay() {
		Integer published = transaction.execute(status -> {
			List<Envelope> due = outbox.lockDue(BATCH);
			if (due.isEmpty()) {
				return 0;
			}
			List<java.util.UUID> ids = due.stream().map(Envelope::id).toList();
			// One span per event, continuing the trace that recorded it; the message
			// carries this span's context on to the consumers.
			List<Observation> spans = new ArrayList<>();
			List<Envelope> traced = new ArrayList<>();
			for (Envelope event : due) {
				Observation span = Traces.start(observations, "broadsheet.outbox.publish", "publish " + event.type(),
						event.headers(), Kind.PRODUCER, KeyValue.of("event.type", event.type()));
				spans.add(span);
				traced.add(new Envelope(event.id(), event.type(), event.occurredAt(), event.payload(),
						Traces.handOff(observations, span, "broadsheet.outbox.send", "send " + event.type(),
								KeyValue.of("event.type", event.type()))));
			}
			try {
				transport.publish(traced);
				spans.forEach(Observation::stop);
			}
			catch (Exception ex) {
				spans.forEach(span -> span.error(ex).stop());
				consecutiveFailures++;
				Duration backoff = backoff();
				outbox.markFailed(ids, backoff, ex.toString());
				if (consecutiveFailures == 1) {
					log.warn("Could not publish {} event(s); they stay in the outbox and are retried with back-off: {}",
							due.size(), ex.toString());
				}
				else {
					log.debug("Publishing still failing (attempt {}), next try in {}: {}", consecutiveFailures, backoff,
							ex.toString());
				}
				meters.counter("broadsheet.events.publish.failures").increment(due.size());
				return -1;
			}
			outbox.markPublished(ids);
			due.forEach(event -> meters.counter("broadsheet.events.published", "type", event.type()).increment());
			return due.size();
		});
		if (published == null || published < 0) {
			return backoff();
		}
		if (consecutiveFailures > 0 && published > 0) {
			log.info("Publishing events again after {} failed attempt(s)", consecutiveFailures);
		}
		consecutiveFailures = 0;
		return published == BATCH ? Duration.ZERO : properties.pollInterval();
	}

	private Duration backoff() {
		return consecutiveFailures == 0 ? properties.pollInterval() : backoff.after(consecutiveFailures);
	}

	/** The loop that runs the relay, started and stopped with the application. */
	PollingLoop loop() {
		return loop;
	}

}
