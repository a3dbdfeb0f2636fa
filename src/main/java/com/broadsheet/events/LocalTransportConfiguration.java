package com.broadsheet.events;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.broadsheet.platform.PollingLoop;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The embedded default's transport, when no RabbitMQ is configured: publishing an event
 * stores one delivery per subscribed consumer in PostgreSQL (in the relay's transaction),
 * and a background loop hands them to the consumers asynchronously, with the same retries
 * and dead-lettering as the RabbitMQ path. Deliveries survive a crash and are resumed on
 * restart; several instances share the queue safely.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "broadsheet.events.transport", havingValue = "local", matchIfMissing = true)
class LocalTransportConfiguration {

	static final int BATCH = 20;

	/** Hands due deliveries to their consumers, on its own thread. */
	@Bean
	PollingLoop localEvents(LocalDeliveries deliveries, Subscriptions subscriptions, ConsumerInvoker invoker,
			EventsProperties properties) {
		return new PollingLoop("local-events", new LocalDispatch(deliveries, subscriptions, invoker, properties),
				properties.pollInterval());
	}

	/**
	 * Durable consumers get a stored delivery each; broadcast consumers run right after
	 * the commit on the instance that relayed the event (in the embedded default, the
	 * only one).
	 */
	@Bean
	EventTransport localTransport(LocalDeliveries deliveries, Subscriptions subscriptions, PollingLoop localEvents,
			ConsumerInvoker invoker) {
		return events -> {
			for (Envelope event : events) {
				subscriptions.durableOf(event.type()).forEach(consumer -> deliveries.enqueue(consumer.name(), event));
			}
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					for (Envelope event : events) {
						subscriptions.broadcastOf(event.type()).forEach(consumer -> invoker.broadcast(consumer, event));
					}
					localEvents.wakeUp();
				}
			});
		};
	}

	@Bean
	QueueDepth localQueueDepth(JdbcClient jdbc, MeterRegistry meters, Clock clock) {
		return QueueDepth.ready(() -> jdbc.sql("select count(*) from event_delivery where status = 'PENDING'")
			.query(Long.class)
			.single(), meters, clock);
	}

	@Bean
	QueueDepth localDeadLetterDepth(JdbcClient jdbc, MeterRegistry meters, Clock clock) {
		return QueueDepth.deadLetters(
				() -> jdbc.sql("select count(*) from event_delivery where status = 'DEAD'").query(Long.class).single(),
				meters, clock);
	}

	@Bean
	DeadLetters localDeadLetters(LocalDeliveries deliveries, PollingLoop localEvents) {
		return new DeadLetters() {
			@Override
			public List<DeadLetter> list() {
				return deliveries.deadLetters();
			}

			@Override
			public boolean replay(String consumer, UUID eventId) {
				boolean revived = deliveries.revive(consumer, eventId);
				localEvents.wakeUp();
				return revived;
			}
		};
	}

	/** One round of the local queue: claim due deliveries and run their consumers. */
	static class LocalDispatch implements PollingLoop.Work {

		private final LocalDeliveries deliveries;

		private final Subscriptions subscriptions;

		private final ConsumerInvoker invoker;

		private final EventsProperties properties;

		LocalDispatch(LocalDeliveries deliveries, Subscriptions subscriptions, ConsumerInvoker invoker,
				EventsProperties properties) {
			this.deliveries = deliveries;
			this.subscriptions = subscriptions;
			this.invoker = invoker;
			this.properties = properties;
		}

		@Override
		public Duration run() {
			List<LocalDeliveries.Claimed> due = deliveries.claimDue(BATCH, properties.claimLease());
			for (LocalDeliveries.Claimed delivery : due) {
				EventConsumer<?> consumer = subscriptions.named(delivery.consumer()).orElse(null);
				UUID id = delivery.envelope().id();
				if (consumer == null) {
					deliveries.dead(delivery.consumer(), id, "No consumer named " + delivery.consumer());
					continue;
				}
				switch (invoker.invoke(consumer, delivery.envelope(), delivery.attempt())) {
					case ConsumerInvoker.Handled h -> deliveries.done(consumer.name(), id);
					case ConsumerInvoker.Duplicate d -> deliveries.done(consumer.name(), id);
					case ConsumerInvoker.Retry retry ->
						deliveries.retryLater(consumer.name(), id, retry.delay(), retry.error());
					case ConsumerInvoker.Dead dead -> deliveries.dead(consumer.name(), id, dead.error());
				}
			}
			return due.size() == BATCH ? Duration.ZERO : properties.pollInterval();
		}

	}

}
