package com.broadsheet.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;

import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * The dead-letter queues of the durable consumers, browsed without losing their order:
 * listing takes nothing; replaying one hands it back to its consumer as a first attempt.
 */
class RabbitDeadLetters implements DeadLetters {

	/** Decides, per browsed message, whether to take it (ack) or leave it (requeue). */
	@FunctionalInterface
	interface Browser {

		boolean take(GetResponse message, long tag) throws Exception;

	}

	private final RabbitTemplate rabbit;

	private final RabbitNames names;

	private final Subscriptions subscriptions;

	RabbitDeadLetters(RabbitTemplate rabbit, RabbitNames names, Subscriptions subscriptions) {
		this.rabbit = rabbit;
		this.names = names;
		this.subscriptions = subscriptions;
	}

	@Override
	public List<DeadLetter> list() {
		List<DeadLetter> letters = new ArrayList<>();
		for (EventConsumer<?> consumer : subscriptions.durable()) {
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
				Map<String, Object> headers = new HashMap<>(message.getProps().getHeaders());
				headers.put(RabbitMessages.ATTEMPT, 0);
				headers.remove(RabbitMessages.LAST_ERROR);
				channel.basicPublish(names.requeue(), names.queue(consumer),
						message.getProps().builder().headers(headers).build(), message.getBody());
				channel.waitForConfirmsOrDie(RabbitMessages.CONFIRM_TIMEOUT.toMillis());
				return true;
			});
		}));
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
		Object attempts = headers.getOrDefault(RabbitMessages.ATTEMPT, 0);
		Object error = headers.get(RabbitMessages.LAST_ERROR);
		return new DeadLetter(consumer, UUID.fromString(props.getMessageId()), props.getType(),
				props.getTimestamp() == null ? null : props.getTimestamp().toInstant(),
				attempts instanceof Number number ? number.intValue() : 0, error == null ? null : error.toString());
	}

}
