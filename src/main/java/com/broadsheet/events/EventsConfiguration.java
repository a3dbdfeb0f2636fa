package com.broadsheet.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import com.broadsheet.platform.PollingLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventsProperties.class)
class EventsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EventsConfiguration.class);

	/** Relays the outbox to the transport, from start to stop of the application. */
	@Bean
	PollingLoop outboxRelayLoop(OutboxRelay relay) {
		return relay.loop();
	}

	/**
	 * Outbox backlog and the age of its oldest event: the two numbers that say whether
	 * events are flowing. Read from the database at most every two seconds, however often
	 * they are scraped.
	 */
	@Bean
	OutboxGauges outboxGauges(Outbox outbox, MeterRegistry meters, Clock clock) {
		return new OutboxGauges(outbox, meters, clock);
	}

	/** Removes published events and handled-event records older than the retention. */
	@Bean
	RecurringTask<Void> eventsHousekeeping(Outbox outbox, Claims claims, EventsProperties properties, Clock clock) {
		return Tasks.recurring("events-housekeeping", FixedDelay.of(Duration.ofHours(1)))
			.execute((instance, context) -> {
				Instant cutoff = clock.instant().minus(properties.retention());
				int events = outbox.deletePublishedBefore(cutoff);
				int claimed = claims.deleteDoneBefore(cutoff);
				log.info("Events housekeeping removed {} published event(s) and {} handled-event record(s)", events,
						claimed);
			});
	}

	static class OutboxGauges {

		private final Outbox outbox;

		private final Clock clock;

		private final AtomicReference<Sample> last = new AtomicReference<>(new Sample(Instant.MIN, null));

		private record Sample(Instant takenAt, Outbox.Backlog backlog) {
		}

		OutboxGauges(Outbox outbox, MeterRegistry meters, Clock clock) {
			this.outbox = outbox;
			this.clock = clock;
			Gauge.builder("broadsheet.outbox.backlog", this, gauges -> gauges.backlog().size())
				.description("Integration events recorded but not yet published")
				.register(meters);
			Gauge.builder("broadsheet.outbox.oldest.age", this, OutboxGauges::oldestAgeSeconds)
				.description("Age of the oldest unpublished event, 0 when the outbox is empty")
				.baseUnit("seconds")
				.register(meters);
		}

		Outbox.Backlog backlog() {
			Sample sample = last.get();
			Instant now = clock.instant();
			if (sample.backlog() == null || sample.takenAt().isBefore(now.minusSeconds(2))) {
				try {
					sample = new Sample(now, outbox.backlog());
					last.set(sample);
				}
				catch (RuntimeException ex) {
					return sample.backlog() == null ? new Outbox.Backlog(0, null) : sample.backlog();
				}
			}
			return sample.backlog();
		}

		double oldestAgeSeconds() {
			Outbox.Backlog backlog = backlog();
			return backlog.oldest() == null ? 0
					: Duration.between(backlog.oldest(), clock.instant()).toMillis() / 1000.0;
		}

	}

}
