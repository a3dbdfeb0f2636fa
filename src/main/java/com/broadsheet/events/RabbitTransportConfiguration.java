package com.broadsheet.events;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import com.broadsheet.platform.HealthStatuses;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The RabbitMQ transport ({@code spring.rabbitmq.*} configured): the topology
 * ({@link RabbitTopology}), publishing with broker confirms, the consumers, the health
 * component and queue-depth gauges, and the dead-letter queues.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "broadsheet.events.transport", havingValue = "rabbitmq")
class RabbitTransportConfiguration {

	/**
	 * RabbitMQ as a health component, in place of Spring Boot's (which says DOWN):
	 * DEGRADED while the broker is unreachable, because requests are still served and
	 * every event waits safely in the outbox until it is back.
	 */
	@Bean
	HealthIndicator rabbitHealthContributor(RabbitTemplate rabbit) {
		return () -> {
			try {
				Object version = rabbit
					.execute(channel -> channel.getConnection().getServerProperties().get("version"));
				return Health.up().withDetail("version", String.valueOf(version)).build();
			}
			catch (RuntimeException ex) {
				return Health.status(HealthStatuses.DEGRADED)
					.withDetail("impact", "events wait in the outbox until the broker is back")
					.build();
			}
		};
	}

	@Bean
	QueueDepth rabbitQueueDepth(RabbitTemplate rabbit, RabbitNames names, Subscriptions subscriptions,
			MeterRegistry meters, Clock clock) {
		return QueueDepth.ready(() -> rabbit.execute(channel -> {
			long depth = 0;
			for (EventConsumer<?> consumer : subscriptions.durable()) {
				depth += channel.messageCount(names.queue(consumer.name()));
			}
			return depth;
		}), meters, clock);
	}

	@Bean
	QueueDepth rabbitDeadLetterDepth(RabbitTemplate rabbit, RabbitNames names, Subscriptions subscriptions,
			MeterRegistry meters, Clock clock) {
		return QueueDepth.deadLetters(() -> rabbit.execute(channel -> {
			long depth = 0;
			for (EventConsumer<?> consumer : subscriptions.durable()) {
				depth += channel.messageCount(names.deadLetterQueue(consumer.name()));
			}
			return depth;
		}), meters, clock);
	}

	@Bean
	RabbitNames rabbitNames(EventsProperties properties) {
		return new RabbitNames(properties.namespace());
	}

	@Bean
	Declarables eventTopology(RabbitNames names, Subscriptions subscriptions, EventsProperties properties) {
		return RabbitTopology.declare(names, subscriptions, properties);
	}

	@Bean
	EventTransport rabbitTransport(RabbitTemplate rabbit, RabbitNames names) {
		return envelopes -> rabbit.invoke(operations -> {
			for (Envelope envelope : envelopes) {
				operations.send(names.events(), envelope.type(), RabbitMessages.message(envelope, 0));
			}
			operations.waitForConfirmsOrDie(RabbitMessages.CONFIRM_TIMEOUT.toMillis());
			return null;
		});
	}

	@Bean
	RabbitConsumers rabbitConsumers(ConnectionFactory connections, RabbitTemplate rabbit, RabbitNames names,
			Subscriptions subscriptions, ConsumerInvoker invoker) {
		return new RabbitConsumers(connections, rabbit, names, subscriptions, invoker);
	}

	@Bean
	DeadLetters rabbitDeadLetters(RabbitTemplate rabbit, RabbitNames names, Subscriptions subscriptions) {
		return new RabbitDeadLetters(rabbit, names, subscriptions);
	}

}
