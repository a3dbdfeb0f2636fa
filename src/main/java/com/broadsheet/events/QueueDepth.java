package com.broadsheet.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code broadsheet.events.queue.depth}: events delivered to the transport and waiting
 * for a consumer (messages ready in the consumers' RabbitMQ queues, or pending in-process
 * deliveries). Read at most every two seconds, however often it is scraped.
 */
final class QueueDepth {

	private final LongSupplier reader;

	private final Clock clock;

	private final AtomicReference<Sample> last = new AtomicReference<>(new Sample(Instant.MIN, 0));

	private record Sample(Instant takenAt, long depth) {
	}

	QueueDepth(String name, String description, LongSupplier reader, MeterRegistry meters, Clock clock) {
		this.reader = reader;
		this.clock = clock;
		Gauge.builder(name, this, QueueDepth::depth).description(description).register(meters);
	}

	static QueueDepth ready(LongSupplier reader, MeterRegistry meters, Clock clock) {
		return new QueueDepth("broadsheet.events.queue.depth", "Events waiting in the consumers' queues", reader,
				meters, clock);
	}

	static QueueDepth deadLetters(LongSupplier reader, MeterRegistry meters, Clock clock) {
		return new QueueDepth("broadsheet.events.dead.letters", "Events consumers gave up on, waiting to be replayed",
				reader, meters, clock);
	}

	double depth() {
		Sample sample = last.get();
		Instant now = clock.instant();
		if (sample.takenAt().isBefore(now.minus(Duration.ofSeconds(2)))) {
			try {
				sample = new Sample(now, reader.getAsLong());
			}
			catch (RuntimeException ex) {
				sample = new Sample(now, sample.depth());
			}
			last.set(sample);
		}
		return sample.depth();
	}

}
