package com.broadsheet.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

/**
 * How an event travels as an AMQP message: the JSON payload as a persistent message whose
 * id, type and timestamp are the event's, the trace headers as message headers, and the
 * transport's own bookkeeping (attempt, last error, retry delay) in headers of its own.
 */
final class RabbitMessages {

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

	private RabbitMessages() {
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

	/**
	 * @throws RuntimeException for a message that is not an event (no id, say)
	 */
	static Envelope envelope(Message message) {
		MessageProperties properties = message.getMessageProperties();
		Map<String, String> headers = new HashMap<>();
		properties.getHeaders().forEach((key, value) -> {
			if (!key.startsWith("x-") && !key.equals(RETRY_DELAY) && value != null) {
				headers.put(key, value.toString());
			}
		});
		Object occurredAt = properties.getHeaders().get(OCCURRED_AT);
		return new Envelope(UUID.fromString(properties.getMessageId()), properties.getType(),
				occurredAt != null ? Instant.parse(occurredAt.toString()) : properties.getTimestamp().toInstant(),
				new String(message.getBody(), StandardCharsets.UTF_8), headers);
	}

	static int attempts(Message message) {
		Object value = message.getMessageProperties().getHeaders().get(ATTEMPT);
		return value instanceof Number number ? number.intValue() : 0;
	}

}
