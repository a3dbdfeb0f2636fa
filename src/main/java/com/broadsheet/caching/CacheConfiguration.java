package com.broadsheet.caching;

import java.util.List;
import java.util.Set;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import com.broadsheet.content.ContentChange;
import com.broadsheet.events.Delivery;
import com.broadsheet.events.EventConsumer;
import com.broadsheet.platform.RedisSettings;
import com.broadsheet.web.FilterOrder;
import com.broadsheet.web.PublicRoutes;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(List<PublicRoutes> routes, LocalPages local,
			SharedPages shared, CacheProperties properties, MeterRegistry meters) {
		CacheMeters cacheMeters = new CacheMeters(meters);
		var filter = new PageCacheFilter(new PageKeys(routes), local, shared, new PageCapture(properties, cacheMeters),
				cacheMeters, properties.enabled());
		var registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(FILTER_ORDER);
		return registration;
	}

	/**
	 * Drops changed pages on every instance (a broadcast consumer): this instance's L1,
	 * and the shared L2 marks (idempotent, so every instance may do it).
	 */
	@Bean
	EventConsumer<ContentChange> pageInvalidation(LocalPages local, SharedPages shared) {
		return new EventConsumer<>() {
			@Override
			public String name() {
				return "page-cache";
			}

			@Override
			public Set<Class<? extends ContentChange>> eventTypes() {
				return AffectedKeys.EVENTS;
			}

			@Override
			public boolean broadcast() {
				return true;
			}

			@Override
			public void consume(Delivery<ContentChange> delivery) {
				Set<String> keys = AffectedKeys.of(delivery.event());
				shared.invalidate(keys);
				local.invalidate(keys);
			}
		};
	}

	@Bean
	@ConditionalOnProperty("broadsheet.cache.purge.url")
	EventConsumer<ContentChange> cdnPurge(CacheProperties properties, MeterRegistry meters) {
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

		@Bean
		RedisPages sharedPages(RedisConnectionFactory connections, CircuitBreaker redisCircuitBreaker,
				MeterRegistry meters, CacheProperties properties, RedisSettings redis) {
			Gauge.builder("broadsheet.cache.l2.circuit", redisCircuitBreaker, breaker -> switch (breaker.getState()) {
				case CLOSED -> 0;
				case HALF_OPEN -> 1;
				default -> 2;
			}).description("Redis circuit breaker: 0 closed, 1 half-open, 2 open").register(meters);
			return new RedisPages(connections, redisCircuitBreaker, meters, properties, redis.keyPrefix());
		}

	}

}
