package com.broadsheet.events;

import java.util.ArrayList;
import java.util.List;

import com.rabbitmq.client.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;
import org.springframework.context.SmartLifecycle;

/**
 * One listener container per consumer, on the consumer's queue, with manual
 * acknowledgement: a message is acknowledged only after it was handled, or after its
 * retry (or dead letter) was confirmed by the broker. Stopping the containers (graceful
 * shutdown) hands unacknowledged messages back to the broker for other instances.
 */
class RabbitConsumers implements SmartLifecycle {

	static final int PREFETCH = 10;

	static final int CONCURRENCY = 2;

	private static final Logger log = LoggerFactory.getLogger(RabbitConsumers.class);

	private final ConnectionFactory connections;

	private final RabbitTemplate rabbit;

	private final RabbitNames names;

	private final Subscriptions subscriptions;

	private final ConsumerInvoker invoker;

	private final List<SimpleMessageListenerContainer> containers = new ArrayList<>();

	private volatile boolean running;

	RabbitConsumers(ConnectionFactory connections, RabbitTemplate rabbit, RabbitNames names,
			Subscriptions subscriptions, ConsumerInvoker invoker) {
		this.connections = connections;
		this.rabbit = rabbit;
		this.names = names;
		this.subscriptions = subscriptions;
		this.invoker = invoker;
	}

	@Override
	public synchronized void start() {
		for (EventConsumer<?> consumer : subscriptions.all()) {
			SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections);
			container
				.setQueueNames(consumer.broadcast() ? names.broadcastQueue(consumer).getName() : names.queue(consumer));
			container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
			container.setPrefetchCount(PREFETCH);
			container.setConcurrentConsumers(CONCURRENCY);
			container.setMissingQueuesFatal(false);
			container.setMessageListener(
					(ChannelAwareMessageListener) (message, channel) -> handle(consumer, message, channel));
			container.afterPropertiesSet();
			container.start();
			containers.add(container);
		}
		running = true;
	}

	@Override
	public synchronized void stop() {
		containers.forEach(SimpleMessageListenerContainer::stop);
		containers.forEach(SimpleMessageListenerContainer::destroy);
		containers.clear();
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void handle(EventConsumer<?> consumer, Message message, Channel channel) throws Exception {
		long tag = message.getMessageProperties().getDeliveryTag();
		if (consumer.broadcast()) {
			try {
				invoker.broadcast(consumer, RabbitMessages.envelope(message));
			}
			finally {
				channel.basicAck(tag, false);
			}
			return;
		}
		Envelope envelope;
		try {
			envelope = RabbitMessages.envelope(message);
		}
		catch (RuntimeException ex) {
			log.error("Unreadable message on {}; dead-lettering it", names.queue(consumer), ex);
			forward(message, "", names.deadLetterQueue(consumer.name()), RabbitMessages.attempts(message),
					"Unreadable message: " + ex);
			channel.basicAck(tag, false);
			return;
		}
		int attempt = RabbitMessages.attempts(message) + 1;
		try {
			switch (invoker.invoke(consumer, envelope, attempt)) {
				case ConsumerInvoker.Handled h -> {
				}
				case ConsumerInvoker.Duplicate d -> {
				}
				case ConsumerInvoker.Retry retry -> forward(message, names.retry(), names.queue(consumer), attempt,
						retry.error(), retry.delay().toMillis());
				case ConsumerInvoker.Dead dead ->
					forward(message, "", names.deadLetterQueue(consumer.name()), attempt, dead.error());
			}
			channel.basicAck(tag, false);
		}
		catch (RuntimeException ex) {
			log.warn("Could not settle {} on {}; returning it to the queue: {}", envelope.id(), names.queue(consumer),
					ex.toString());
			channel.basicNack(tag, false, true);
		}
	}

	private void forward(Message message, String exchange, String routingKey, int attempt, String error) {
		forward(message, exchange, routingKey, attempt, error, null);
	}

	/** Republishes with updated headers and waits for the broker's confirm. */
	private void forward(Message message, String exchange, String routingKey, int attempt, String error, Long delay) {
		MessageProperties properties = message.getMessageProperties();
		properties.setHeader(RabbitMessages.ATTEMPT, attempt);
		properties.setHeader(RabbitMessages.LAST_ERROR, error);
		if (delay != null) {
			properties.setHeader(RabbitMessages.RETRY_DELAY, String.valueOf(delay));
		}
		rabbit.invoke(operations -> {
			operations.send(exchange, routingKey, message);
			operations.waitForConfirmsOrDie(RabbitMessages.CONFIRM_TIMEOUT.toMillis());
			return null;
		});
	}

}
