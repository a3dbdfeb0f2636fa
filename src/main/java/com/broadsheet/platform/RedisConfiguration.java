package com.broadsheet.platform;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Redis, when configured ({@code spring.data.redis.host} or {@code .url}): one circuit
 * breaker that every Redis call of the application goes through (the shared page cache,
 * the rate limits), and Redis as a health component that reports DEGRADED, not DOWN,
 * while it is unreachable, because pages are still served from memory and the database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("broadsheet.redis.enabled")
class RedisConfiguration {

	/**
	 * Opens when half of the last 20 calls failed or took longer than the Redis command
	 * timeout ({@code spring.data.redis.timeout}); lets a few calls through after 5
	 * seconds to find out whether Redis is back.
	 */
	@Bean
	CircuitBreaker redisCircuitBreaker(DataRedisProperties redis) {
		Duration timeout = redis.getTimeout() != null ? redis.getTimeout() : Duration.ofSeconds(1);
		return CircuitBreaker.of("redis",
				CircuitBreakerConfig.custom()
					.slidingWindowSize(20)
					.minimumNumberOfCalls(5)
					.failureRateThreshold(50)
					.slowCallDurationThreshold(timeout)
					.slowCallRateThreshold(50)
					.waitDurationInOpenState(Duration.ofSeconds(5))
					.permittedNumberOfCallsInHalfOpenState(3)
					.automaticTransitionFromOpenToHalfOpenEnabled(true)
					.build());
	}

	@Bean
	HealthIndicator redisHealthIndicator(RedisConnectionFactory connections, CircuitBreaker redisCircuitBreaker) {
		return () -> {
			if (redisCircuitBreaker.getState() == CircuitBreaker.State.OPEN
					|| !ping(connections, redisCircuitBreaker)) {
				return Health.status(HealthStatuses.DEGRADED)
					.withDetail("circuit", redisCircuitBreaker.getState().name())
					.withDetail("impact",
							"shared cache and shared rate limits bypassed; pages served from memory "
									+ "and the database, limits counted per instance")
					.build();
			}
			return Health.up().withDetail("circuit", redisCircuitBreaker.getState().name()).build();
		};
	}

	private static boolean ping(RedisConnectionFactory connections, CircuitBreaker breaker) {
		try {
			return breaker.executeSupplier(() -> {
				try (var connection = connections.getConnection()) {
					return "PONG".equals(connection.ping());
				}
			});
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
