package com.broadsheet.caching;

import java.time.Duration;
import java.util.Set;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import com.broadsheet.events.Delivery;
import com.broadsheet.events.EventConsumer;
import com.broadsheet.platform.FilterOrder;
import com.broadsheet.platform.HealthStatuses;
import com.broadsheet.platform.RedisSettings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheProperties.class)
class CacheConfiguration {

	/**
	 * After request logging, the management-port guard, security headers and rate limits,
	 * before everything else (see {@link FilterOrder}): a hit from memory skips the rest
	 * (it is GET-only, so the body-size limit has nothing to check). A miss continues
	 * through every filter, security and observation included.
	 */
	static final int FILTER_ORDER = FilterOrder.PAGE_CACHE;

	@Bean
	LocalPages localPages(CacheProperties properties, MeterRegistry meters) {
		return new LocalPages(properties, meters);
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(LocalPages local, SharedPages shared,
			CacheProperties properties, MeterRegistry meters) {
		var registration = new FilterRegistrationBean<>(new PageCacheFilter(local, shared, properties, meters));
		registration.setOrder(FILTER_ORDER);
		return registration;
	}

	/**
	 * Drops changed pages on every instance (a broadcast consumer): this instance's L1,
	 * and the shared L2 marks (idempotent, so every instance may do it).
	 */
	@Bean
	EventConsumer pageInvalidation(LocalPages local, SharedPages shared) {
		return new EventConsumer() {
			@Override
			public String name() {
				return "page-cache";
			}

			@Override
			public Set<Class<?>> eventTypes() {
				return AffectedKeys.EVENTS;
			}

			@Override
			public boolean broadcast() {
				return true;
			}

			@Override
			public void consume(Delivery delivery) {
				Set<String> keys = AffectedKeys.of(delivery.event());
				shared.invalidate(keys);
				local.invalidate(keys);
			}
		};
	}

	@Bean
	@ConditionalOnProperty("broadsheet.cache.purge.url")
	EventConsumer cdnPurge(CacheProperties properties, MeterRegistry meters) {
		return new CdnPurge(properties.purge(), meters);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "broadsheet.redis.enabled", havingValue = false, matchIfMissing = true)
	static class WithoutRedis {

		@Bean
		SharedPages sharedPages() {
			return SharedPages.NONE;
		}

	}

	/** Redis configured ({@code spring.data.redis.host} or {@code .url}): L2 on. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("broadsheet.redis.enabled")
	static class WithRedis {

		/**
		 * Opens when half of the last 20 calls failed or took longer than the Redis
		 * command timeout ({@code spring.data.redis.timeout}); lets a few calls through
		 * after 5 seconds to find out whether Redis is back.
		 */
		@Bean
		CircuitBreaker redisCircuitBreaker(@Value("${spring.data.redis.timeout:1s}") Duration timeout,
				MeterRegistry meters) {
			CircuitBreaker breaker = CircuitBreaker.of("redis",
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
			Gauge.builder("broadsheet.cache.l2.circuit", breaker, b -> switch (b.getState()) {
				case CLOSED -> 0;
				case HALF_OPEN -> 1;
				default -> 2;
			}).description("Redis circuit breaker: 0 closed, 1 half-open, 2 open").register(meters);
			return breaker;
		}

		@Bean
		RedisPages sharedPages(RedisConnectionFactory connections, CircuitBreaker redisCircuitBreaker,
				MeterRegistry meters, CacheProperties properties, RedisSettings redis) {
			return new RedisPages(connections, redisCircuitBreaker, meters, properties, redis.keyPrefix());
		}

		/**
		 * Redis as a health component: DEGRADED (not DOWN) while unreachable, because
		 * pages are still served from memory and the database.
		 */
		@Bean
		HealthIndicator redisHealthIndicator(RedisPages pages, CircuitBreaker redisCircuitBreaker) {
			return () -> {
				if (redisCircuitBreaker.getState() == CircuitBreaker.State.OPEN || !pages.ping()) {
					return Health.status(HealthStatuses.DEGRADED)
						.withDetail("circuit", redisCircuitBreaker.getState().name())
						.withDetail("impact", "shared cache bypassed; pages served from memory and the database")
						.build();
				}
				return Health.up().withDetail("circuit", redisCircuitBreaker.getState().name()).build();
			};
		}

	}

}
