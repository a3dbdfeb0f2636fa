package com.broadsheet.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.HeadersExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;

/**
 * What the RabbitMQ transport declares at startup:
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
 */
final class RabbitTopology {

	private RabbitTopology() {
	}

	static Declarables declare(RabbitNames names, Subscriptions subscriptions, EventsProperties properties) {
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
				.whereAll(Map.of(RabbitMessages.RETRY_DELAY, String.valueOf(delay.toMillis())))
				.match());
		}
		for (EventConsumer<?> consumer : subscriptions.broadcast()) {
			Queue queue = names.broadcastQueue(consumer);
			topology.add(queue);
			for (String type : subscriptions.typeNames(consumer)) {
				topology.add(BindingBuilder.bind(queue).to(events).with(type));
			}
		}
		for (EventConsumer<?> consumer : subscriptions.durable()) {
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

}
