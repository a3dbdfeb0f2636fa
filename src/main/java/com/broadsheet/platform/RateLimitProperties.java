package com.broadsheet.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request limits, shared by all instances when Redis is configured (defaults in
 * application.yml).
 *
 * @param leads lead form and lead API submissions per client address
 * @param contentApi public content API requests per client address
 * @param adminApi Admin API requests per token
 * @param signInAccount failed sign-ins per account before it is locked for the window
 * @param signInAddress failed sign-ins per client address before it is locked
 */
@ConfigurationProperties("broadsheet.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, RateLimits.Limit leads,
		RateLimits.Limit contentApi, RateLimits.Limit adminApi, RateLimits.Limit signInAccount,
		RateLimits.Limit signInAddress) {
}
