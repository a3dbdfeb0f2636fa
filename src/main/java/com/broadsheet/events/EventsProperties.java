package com.broadsheet.events;

import com.broadsheet.platform.Backoff;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code broadsheet.events.*}.
 *
 * @param transport {@code rabbitmq} or {@code local}; chosen automatically from whether
 * {@code spring.rabbitmq.host} or {@code spring.rabbitmq.addresses} is set
 * @param namespace prefix of every exchange and queue name, so several deployments (or
 * test runs) can share one broker
 * @param retryDelays delay before each retry; the last one repeats
 * @param maxAttempts attempts before an event is dead-lettered (consumers may override)
 * @param pollInterval how often the relay and the local queue look for work when idle
 * @param maxBackoff longest pause of the relay while the transport is unreachable
 * @param claimLease how long a consumer's claim on an event protects it from a concurrent
 * duplicate; after that a crashed attempt can be retried
 * @param retention how long published events and handled-event records are kept
 */
@ConfigurationProperties("broadsheet.events")
public record EventsProperties(@DefaultValue("local") String transport, @DefaultValue("broadsheet") String namespace,
		@DefaultValue( {
				"1s", "10s", "1m", "5m", "15m", "1h" }) List<Duration> retryDelays,
		@DefaultValue("10") int maxAttempts, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("30s") Duration maxBackoff, @DefaultValue("5m") Duration claimLease,
		@DefaultValue("7d") Duration retention){

	/** The delay after the given failed attempt (1-based). */
	public Duration delayAfter(int attempt) {
		return Backoff.schedule(retryDelays).after(attempt);
	}

	/** The relay's pause after consecutive failures to reach the transport. */
	public Backoff relayBackoff() {
		return Backoff.exponential(pollInterval, maxBackoff);
	}

	public boolean usesRabbit() {
		return "rabbitmq".equals(transport);
	}

}
