package com.broadsheet.webhooks;

import com.broadsheet.platform.Backoff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code broadsheet.webhooks.*}.
 *
 * @param allowPrivateTargets allow endpoints on loopback, private and link-local
 * addresses (an internal receiver); off by default as an SSRF guard
 * @param firstRetry delay before the first retry; each further retry doubles it
 * @param maxRetryDelay the longest delay between two attempts
 * @param retryWindow how long after the first attempt a delivery is retried before it is
 * marked failed
 * @param timeout the deadline of one attempt: connecting, the response headers and the
 * body together
 */
@ConfigurationProperties("broadsheet.webhooks")
public record WebhookProperties(@DefaultValue("false") boolean allowPrivateTargets,
		@DefaultValue("10s") Duration firstRetry, @DefaultValue("1h") Duration maxRetryDelay,
		@DefaultValue("24h") Duration retryWindow, @DefaultValue("10s") Duration timeout) {

	/** Delay after the given failed attempt (1-based): first-retry, doubling, capped. */
	public Duration delayAfter(int attempt) {
		return Backoff.exponential(firstRetry, maxRetryDelay).after(attempt);
	}

}
