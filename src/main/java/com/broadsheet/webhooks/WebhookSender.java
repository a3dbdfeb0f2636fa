package com.broadsheet.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
 * stored body with its signature headers, and records the attempt. A 2xx response
 * delivers it; anything else schedules a retry with exponential back-off until the retry
 * window closes, then marks it failed. Each batch is sent in parallel on virtual threads,
 * so one slow receiver does not delay the others.
 */
@Component
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookSender implements SmartLifecycle {

	static final int BATCH = 20;

	static final String USER_AGENT = "Broadsheet-Webhooks/1.0";

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	private final Deliveries deliveries;

	private final TargetGuard guard;

	private final WebhookProperties properties;

	private final MeterRegistry meters;

	private final Clock clock;

	private final ObservationRegistry observations;

	private final HttpClient http;

	private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

	private final PollingLoop loop;

	WebhookSender(Deliveries deliveries, TargetGuard guard, WebhookProperties properties, MeterRegistry meters,
			Clock clock, ObservationRegistry observations) {
		this.deliveries = deliveries;
		this.guard = guard;
		this.properties = properties;
		this.meters = meters;
		this.clock = clock;
		this.observations = observations;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(properties.timeout())
			.executor(workers)
			.build();
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

	private Duration sendDue() throws InterruptedException {
		List<Deliveries.Due> due = deliveries.claimDue(BATCH, properties.timeout().multipliedBy(3));
		var tasks = due.stream().map(delivery -> workers.submit(() -> attempt(delivery))).toList();
		for (var task : tasks) {
			try {
				task.get();
			}
			catch (java.util.concurrent.ExecutionException ex) {
				log.warn("Webhook attempt failed unexpectedly", ex.getCause());
			}
		}
		return due.size() == BATCH ? Duration.ZERO : Duration.ofSeconds(1);
	}

	/** One attempt, in a span continuing the trace of the event that caused it. */
	private void attempt(Deliveries.Due delivery) {
		Traces.resume(observations, "broadsheet.webhooks.deliver", "deliver webhook " + delivery.eventType(),
				delivery.traceHeaders(), Kind.CLIENT, () -> {
					send(delivery);
					return null;
				}, KeyValue.of("event.type", delivery.eventType()));
	}

	private void send(Deliveries.Due delivery) {
		Instant start = clock.instant();
		long started = System.nanoTime();
		Integer status = null;
		String error = null;
		try {
			URI url = URI.create(delivery.url());
			guard.check(url);
			long timestamp = start.getEpochSecond();
			HttpRequest.Builder builder = HttpRequest.newBuilder(url)
				.timeout(properties.timeout())
				.header("Content-Type", "application/json")
				.header("User-Agent", USER_AGENT)
				.header("Broadsheet-Event-Id", delivery.eventId().toString())
				.header("Broadsheet-Event-Type", delivery.eventType())
				.header("Broadsheet-Timestamp", Long.toString(timestamp))
				.header("Broadsheet-Signature", Signatures.sign(delivery.secret(), timestamp, delivery.body()))
				.POST(HttpRequest.BodyPublishers.ofString(delivery.body()));
			// The receiver gets the trace context too (W3C traceparent), to join the
			// trace.
			Traces.handOff(observations, "broadsheet.webhooks.request", "POST webhook").forEach(builder::header);
			HttpRequest request = builder.build();
			status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status < 200 || status > 299) {
				error = "HTTP " + status;
			}
		}
		catch (TargetGuard.UnsafeTarget ex) {
			error = "Refused target: " + ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			error = "Interrupted";
		}
		catch (Exception ex) {
			error = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
		}
		long latency = (System.nanoTime() - started) / 1_000_000;
		deliveries.recordAttempt(delivery.id(), delivery.attempt(), start, status, latency, error);
		settle(delivery, status, error);
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

	@Override
	public void stop() {
		loop.stop();
	}

	@Override
	public boolean isRunning() {
		return loop.isRunning();
	}

}
