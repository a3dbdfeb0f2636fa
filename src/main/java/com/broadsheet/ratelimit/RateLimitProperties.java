package com.broadsheet.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request limits under {@code broadsheet.rate-limits.*}, shared by all instances when
 * Redis is configured. The defaults are here and nowhere else.
 *
 * @param enabled whether requests are limited at all
 * @param leads lead form and lead API submissions per client address (5 a minute)
 * @param contentApi public content API requests per client address (600 a minute)
 * @param adminApi Admin API requests per token (1,200 a minute)
 * @param signInAccount failed sign-ins per account before it is locked for the window (5
 * in 15 minutes)
 * @param signInAddress failed sign-ins per client address before it is locked (20 in 15
 * minutes)
 */
@ConfigurationProperties("broadsheet.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, RateLimits.Limit leads,
		RateLimits.Limit contentApi, RateLimits.Limit adminApi, RateLimits.Limit signInAccount,
		RateLimits.Limit signInAddress) {

	public RateLimitProperties {
		leads = orDefault(leads, 5, Duration.ofMinutes(1));
		contentApi = orDefault(contentApi, 600, Duration.ofMinutes(1));
		adminApi = orDefault(adminApi, 1200, Duration.ofMinutes(1));
		signInAccount = orDefault(signInAccount, 5, Duration.ofMinutes(15));
		signInAddress = orDefault(signInAddress, 20, Duration.ofMinutes(15));
	}

	/** A limit set only in part (say, only its request count) keeps the rest. */
	private static RateLimits.Limit orDefault(RateLimits.Limit limit, int requests, Duration per) {
		if (limit == null) {
			return new RateLimits.Limit(requests, per);
		}
		return new RateLimits.Limit(limit.requests() > 0 ? limit.requests() : requests,
				limit.per() != null ? limit.per() : per);
	}

}
