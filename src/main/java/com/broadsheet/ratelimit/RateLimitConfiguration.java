package com.broadsheet.ratelimit;

import java.time.Clock;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import com.broadsheet.platform.RedisSettings;
import com.broadsheet.web.FilterOrder;
import com.broadsheet.web.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

	@Bean
	RateLimits rateLimits(RedisSettings redis, ObjectProvider<StringRedisTemplate> template,
			ObjectProvider<CircuitBreaker> redisCircuitBreaker, Clock clock) {
		return redis.enabled()
				? new RateLimits(template.getObject(), redisCircuitBreaker.getObject(), redis.keyPrefix(), clock)
				: new RateLimits(clock);
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimits limits, RateLimitProperties properties,
			List<RateLimitRule> rules, Problems problems) {
		var registration = new FilterRegistrationBean<>(new RateLimitFilter(limits, rules, problems));
		registration.setOrder(FilterOrder.RATE_LIMITS);
		registration.setEnabled(properties.enabled());
		return registration;
	}

}
