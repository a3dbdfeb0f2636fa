package com.broadsheet.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.broadsheet.platform.HealthStatuses;
import com.rabbitmq.client.Channel;
import io.micrometer.core.instrument.MeterRegistry;
import com.rabbitmq.client.GetResponse;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.HeadersExchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The RabbitMQ transport ({@code spring.rabbitmq.*} configured). Topology, declared at
 * startup:
 * <ul>
 * <li>a durable topic exchange {@code <ns>.events}, routing key = event name;</li>
 * <li>per consumer a durable queue {@code <ns>.<consumer>} bound to the event names it
 * subscribes to, and its dead-letter queue {@code <ns>.<consumer>.dlq};</li>
 * <li>per broadcast consumer and instance an exclusive, auto-deleted queue
 * {@code <ns>.<consumer>.<random>}, so every instance gets every event;</li>
 * <li>the retry path: a headers exchange {@code <ns>.retry} routes a failed message by
 * its {@code x-retry-delay} header to a delay queue {@code <ns>.retry.<ms>ms} whose TTL
 * is that delay; expired messages dead-letter into the direct exchange
 * {@code <ns>.requeue}, which routes them back to their consumer queue.</li>
 * </ul>
 * Publishing waits for broker confirms.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "broadsheet.events.transport", havingValue = "rabbitmq")
class RabbitTransportConfiguration {

	static final String ATTEMPT = "x-attempt";

	/**
	 * Routes a retry to its delay queue. Not {@code x-} prefixed: a headers exchange
	 * ignores {@code x-} headers when matching.
	 */
	static final String RETRY_DELAY = "broadsheet-retry-delay";

	static final String LAST_ERROR = "x-last-error";

	/** AMQP timestamps have whole seconds only; this header keeps the exact time. */
	static final String OCCURRED_AT = "x-occurred-at";

	static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(5);

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
			for (EventConsumer consumer : subscriptions.durable()) {
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
			for (EventConsumer consumer : subscriptions.durable()) {
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
		List<Declarable> topology = new ArrayList<>();
		TopicExchange events = new TopicExchange(names.events(), true, false);
		HeadersExchange retry = new HeadersExchange(names.retry(), true, false);
		DirectExchange requeue = new DirectExchange(names.requeue(), true, false);
		topology.addAll(List.of(events, retry, requeue));
		for (Duration delay : new LinkedHashSet<>(properties.retryDelays())) {
			Queue delayQueue = QueueBuilder.durable(names.delayQueue(delay))
				.ttl((int) delay.toMillis())
				.deadLetterExchange(names.requeue())
				.build();
			topology.add(delayQueue);
			topology.add(BindingBuilder.bind(delayQueue)
				.to(retry)
				.whereAll(Map.of(RETRY_DELAY, String.valueOf(delay.toMillis())))
				.match());
		}
		for (EventConsumer consumer : subscriptions.broadcast()) {
			Queue queue = names.broadcastQueue(consumer);
			topology.add(queue);
			for (String type : subscriptions.typeNames(consumer)) {
				topology.add(BindingBuilder.bind(queue).to(events).with(type));
			}
		}
		for (EventConsumer consumer : subscriptions.durable()) {
			Queue queue = QueueBuilder.durable(names.queue(consumer)).build();
			topology.add(queue);
			topology.add(QueueBuilder.durable(names.deadLetterQueue(consumer.name())).build());
			for (String type : subscriptions.typeNames(consumer)) {
				topology.add(BindingBuilder.bind(queue).to(events).with(type));
			}
			topology.add(BindingBuilder.bind(queue).to(requeue).with(names.queue(consumer)));
		}
		return new Declarables(topology);
	}

	@Bean
	EventTransport rabbitTransport(RabbitTemplate rabbit, RabbitNames names) {
		return envelopes -> rabbit.invoke(operations -> {
			for (Envelope envelope : envelopes) {
				operations.send(names.events(), envelope.type(), message(envelope, 0));
			}
			operations.waitForConfirmsOrDie(CONFIRM_TIMEOUT.toMillis());
			return null;
		});
	}

	@Bean
	RabbitConsumers rabbitConsumers(org.springframework.amqp.rabbit.connection.ConnectionFactory connections,
			RabbitTemplate rabbit, RabbitNames names, Subscriptions subscriptions, ConsumerInvoker invoker) {
		return new RabbitConsumers(connections, rabbit, names, subscriptions, invoker);
	}

	@Bean
	DeadLetters rabbitDeadLetters(RabbitTemplate rabbit, RabbitNames names, Subscriptions subscriptions) {
		return new DeadLetters() {
			@Override
			public List<DeadLetter> list() {
				List<DeadLetter> letters = new ArrayList<>();
				for (EventConsumer consumer : subscriptions.durable()) {
					rabbit.execute(channel -> {
						browse(channel, names.deadLetterQueue(consumer.name()), (message, tag) -> {
							letters.add(deadLetter(consumer.name(), message));
							return false;
						});
						return null;
					});
				}
				return letters;
			}

			@Override
			public boolean replay(String consumer, UUID eventId) {
				return Boolean.TRUE.equals(rabbit.execute(channel -> {
					channel.confirmSelect();
					return browse(channel, names.deadLetterQueue(consumer), (message, tag) -> {
						if (!eventId.toString().equals(message.getProps().getMessageId())) {
							return false;
						}
						var properties = message.getProps().builder();
						Map<String, Object> headers = new java.util.HashMap<>(message.getProps().getHeaders());
						headers.put(ATTEMPT, 0);
						headers.remove(LAST_ERROR);
						channel.basicPublish(names.requeue(), names.queue(consumer),
								properties.headers(headers).build(), message.getBody());
						channel.waitForConfirmsOrDie(CONFIRM_TIMEOUT.toMillis());
						return true;
					});
				}));
			}
		};
	}

	/** Decides, per browsed message, whether to take it (ack) or leave it (requeue). */
	@FunctionalInterface
	interface Browser {

		boolean take(GetResponse message, long tag) throws Exception;

	}

	/**
	 * Gets every message of a queue without acknowledging, lets the browser take some,
	 * and puts the rest back in their original order.
	 * @return whether any message was taken
	 */
	static boolean browse(Channel channel, String queue, Browser browser) throws Exception {
		List<Long> keep = new ArrayList<>();
		boolean took = false;
		GetResponse response;
		while ((response = channel.basicGet(queue, false)) != null) {
			long tag = response.getEnvelope().getDeliveryTag();
			if (browser.take(response, tag)) {
				channel.basicAck(tag, false);
				took = true;
			}
			else {
				keep.add(tag);
			}
		}
		for (long tag : keep) {
			channel.basicNack(tag, false, true);
		}
		return took;
	}

	static DeadLetter deadLetter(String consumer, GetResponse message) {
		var props = message.getProps();
		Map<String, Object> headers = props.getHeaders() == null ? Map.of() : props.getHeaders();
		Object attempts = headers.getOrDefault(ATTEMPT, 0);
		Object error = headers.get(LAST_ERROR);
		return new DeadLetter(consumer, UUID.fromString(props.getMessageId()), props.getType(),
				props.getTimestamp() == null ? null : props.getTimestamp().toInstant(),
				attempts instanceof Number number ? number.intValue() : 0, error == null ? null : error.toString());
	}

	static Message message(Envelope envelope, int attempt) {
		var builder = MessageBuilder.withBody(envelope.payload().getBytes(StandardCharsets.UTF_8))
			.setMessageId(envelope.id().toString())
			.setType(envelope.type())
			.setTimestamp(Date.from(envelope.occurredAt()))
			.setContentType(MessageProperties.CONTENT_TYPE_JSON)
			.setContentEncoding("UTF-8")
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.setHeader(ATTEMPT, attempt)
			.setHeader(OCCURRED_AT, envelope.occurredAt().toString());
		envelope.headers().forEach(builder::setHeader);
		return builder.build();
	}

	static Envelope envelope(Message message) throws IOException {
		MessageProperties properties = message.getMessageProperties();
		Map<String, String> headers = new java.util.HashMap<>();
		properties.getHeaders().forEach((key, value) -> {
			if (!key.startsWith("x-") && !key.equals(RETRY_DELAY) && value != null) {
				headers.put(key, value.toString());
			}
		});
		Object occurredAt = properties.getHeaders().get(OCCURRED_AT);
		return new Envelope(UUID.fromString(properties.getMessageId()), properties.getType(),
				occurredAt != null ? java.time.Instant.parse(occurredAt.toString())
						: properties.getTimestamp().toInstant(),
				new String(message.getBody(), StandardCharsets.UTF_8), headers);
	}

}
