package com.broadsheet.platform;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Security headers and rate limits, in front of everything but request logging (so cached
 * responses carry the headers and count against the limits).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class WebProtectionConfiguration {

	@Bean
	FilterRegistrationBean<SecurityHeaders> securityHeaders(
			@Value("${broadsheet.security.content-security-policy:}") String policy,
			@Value("${broadsheet.security.hsts.enabled:true}") boolean hsts,
			@Value("${broadsheet.security.hsts.max-age:365d}") Duration hstsMaxAge) {
		var registration = new FilterRegistrationBean<>(
				new SecurityHeaders(policy.isBlank() ? SecurityHeaders.DEFAULT_POLICY : policy, hsts, hstsMaxAge));
		registration.setOrder(FilterOrder.SECURITY_HEADERS);
		return registration;
	}

	@Bean
	RateLimits rateLimits(RedisSettings redis, ObjectProvider<StringRedisTemplate> template, Clock clock) {
		return new RateLimits(redis.enabled() ? template.getIfAvailable() : null, redis.keyPrefix(), clock);
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimits limits, RateLimitProperties properties,
			Problems problems) {
		var registration = new FilterRegistrationBean<>(new RateLimitFilter(limits, properties, problems));
		registration.setOrder(FilterOrder.RATE_LIMITS);
		registration.setEnabled(properties.enabled());
		return registration;
	}

}
