package com.broadsheet.webhooks;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.broadsheet.observability.Traces;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.broadsheet.platform.PollingLoop;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Attempts due deliveries: checks the target again (after DNS resolution), POSTs the
 * stored body with its signature headers to the address just checked, and records the
 * attempt. A 2xx response delivers it; anything else schedules a retry with exponential
 * back-off until the retry window closes, then marks it failed.
 * <p>
 * Endpoints are independent: every attempt runs on its own virtual thread in its
 * endpoint's lane ({@link EndpointLanes}) and nothing waits for it, and each attempt ends
 * by its deadline ({@link WebhookClient}), so a slow or dead receiver delays only its own
 * deliveries.
 */
@Component
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookSender implements SmartLifecycle {

	static final int BATCH = 20;

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	private final Deliveries deliveries;

	private final TargetGuard guard;

	private final WebhookClient client;

	private final WebhookProperties properties;

	private final MeterRegistry meters;

	private final Clock clock;

	private final ObservationRegistry observations;

	private final EndpointLanes lanes = new EndpointLanes();

	private final PollingLoop loop;

	WebhookSender(Deliveries deliveries, TargetGuard guard, WebhookClient client, WebhookProperties properties,
			MeterRegistry meters, Clock clock, ObservationRegistry observations) {
		this.deliveries = deliveries;
		this.guard = guard;
		this.client = client;
		this.properties = properties;
		this.meters = meters;
		this.clock = clock;
		this.observations = observations;
		this.loop = new PollingLoop("webhook-sender", this::sendDue, Duration.ofSeconds(1));
	}

	/** Wakes the sender once the current transaction commits (or now, outside one). */
	void wakeUpAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					loop.wakeUp();
				}
			});
		}
		else {
			loop.wakeUp();
		}
	}

	/**
	 * Starts what is due and fits in the lanes, without waiting for it; a finished
	 * attempt wakes the loop for the next.
	 */
	private Duration sendDue() {
		int room = Math.min(BATCH, lanes.room());
		if (room == 0) {
			return Duration.ofSeconds(1);
		}
		List<Deliveries.Due> due = deliveries.claimDue(room, EndpointLanes.PER_ENDPOINT, lanes.running(),
				properties.timeout().multipliedBy(3));
		due.forEach(delivery -> lanes.start(delivery.endpointId(), () -> attempt(delivery), loop::wakeUp));
		return due.size() == room ? Duration.ZERO : Duration.ofSeconds(1);
	}

	/** One attempt, in a span continuing the trace of the event that caused it. */
	private void attempt(Deliveries.Due delivery) {
		try {
			Traces.resume(observations, "broadsheet.webhooks.deliver", "deliver webhook " + delivery.eventType(),
					delivery.traceHeaders(), Kind.CLIENT, () -> {
						send(delivery);
						return null;
					}, KeyValue.of("event.type", delivery.eventType()));
		}
		catch (RuntimeException ex) {
			log.warn("Webhook delivery {} failed unexpectedly; it is tried again after its lease", delivery.id(), ex);
		}
	}

	private void send(Deliveries.Due delivery) {
		Instant start = clock.instant();
		long started = System.nanoTime();
		Integer status = null;
		String error = null;
		try {
			TargetGuard.Target target = guard.check(URI.create(delivery.url()));
			status = client.post(target, headers(delivery, start.getEpochSecond()), delivery.body());
			if (status < 200 || status > 299) {
				error = "HTTP " + status;
			}
		}
		catch (TargetGuard.UnsafeTarget ex) {
			error = "Refused target: " + ex.getMessage();
		}
		catch (WebhookClient.AttemptFailed ex) {
			error = ex.getMessage();
			log.debug("Webhook delivery {} to endpoint {} failed: {}", delivery.id(), delivery.endpointId(),
					ex.getMessage(), ex.getCause());
		}
		long latency = (System.nanoTime() - started) / 1_000_000;
		deliveries.recordAttempt(delivery.id(), delivery.attempt(), start, status, latency, error);
		settle(delivery, status, error);
	}

	private Map<String, String> headers(Deliveries.Due delivery, long timestamp) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Broadsheet-Event-Id", delivery.eventId().toString());
		headers.put("Broadsheet-Event-Type", delivery.eventType());
		headers.put("Broadsheet-Timestamp", Long.toString(timestamp));
		headers.put("Broadsheet-Signature", Signatures.sign(delivery.secret(), timestamp, delivery.body()));
		// The receiver gets the trace context too (W3C traceparent), to join the trace.
		headers.putAll(Traces.handOff(observations, "broadsheet.webhooks.request", "POST webhook"));
		return headers;
	}

	private void settle(Deliveries.Due delivery, Integer status, String error) {
		if (error == null) {
			deliveries.delivered(delivery.id(), status);
			meters.counter("broadsheet.webhooks.deliveries", "outcome", "delivered").increment();
			return;
		}
		Duration delay = properties.delayAfter(delivery.attempt());
		Instant windowEnds = delivery.windowStartedAt().plus(properties.retryWindow());
		if (clock.instant().plus(delay).isAfter(windowEnds)) {
			deliveries.failed(delivery.id(), status, error);
			meters.counter("broadsheet.webhooks.deliveries", "outcome", "gave_up").increment();
			log.warn("Webhook delivery {} to endpoint {} failed for good after {} attempts: {}", delivery.id(),
					delivery.endpointId(), delivery.attempt(), error);
		}
		else {
			deliveries.retryIn(delivery.id(), delay, status, error);
			meters.counter("broadsheet.webhooks.deliveries", "outcome", "retry").increment();
		}
	}

	@Override
	public void start() {
		loop.start();
	}

	/**
	 * Stops claiming, then lets running attempts finish: each ends by its deadline, so
	 * this waits no longer than that.
	 */
	@Override
	public void stop() {
		loop.stop();
		try {
			if (!lanes.awaitIdle(properties.timeout().plusSeconds(1))) {
				log.warn("Webhook attempts still running at shutdown; they are tried again after their lease");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return loop.isRunning();
	}

}
