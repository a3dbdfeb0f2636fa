package com.broadsheet.observability;

import java.util.Set;

import io.micrometer.tracing.exporter.SpanExportingPredicate;

import com.broadsheet.web.FilterOrder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Request logging, the management-port guard, where Spring's HTTP observation runs, and
 * which spans leave the process.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessLogProperties.class)
class ObservabilityConfiguration {

	private static final Set<String> DATABASE_SPANS = Set.of("connection", "query", "result-set");

	@Bean
	FilterRegistrationBean<RequestLogging> requestLogging(AccessLogProperties accessLog) {
		var registration = new FilterRegistrationBean<>(new RequestLogging(accessLog.enabled()));
		registration.setOrder(FilterOrder.REQUEST_LOGGING);
		return registration;
	}

	/**
	 * Moves Spring Boot's HTTP observation filter behind the page cache (it would
	 * otherwise run first and make every cache hit a full observation with a span).
	 */
	@Bean
	static BeanPostProcessor httpObservationAfterPageCache() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof FilterRegistrationBean<?> registration
						&& registration.getFilter() instanceof ServerHttpObservationFilter) {
					registration.setOrder(FilterOrder.HTTP_OBSERVATION);
				}
				return bean;
			}
		};
	}

	@Bean
	ManagementPortGuard managementPortGuard() {
		return new ManagementPortGuard();
	}

	@Bean
	FilterRegistrationBean<ManagementPortGuard> managementOnly(ManagementPortGuard guard) {
		var registration = new FilterRegistrationBean<>(guard);
		registration.setOrder(FilterOrder.MANAGEMENT_GUARD);
		return registration;
	}

	/**
	 * Database spans belong to a trace: background polling (the scheduler, the outbox
	 * relay, the webhook sender) would otherwise export a one-span trace per query every
	 * second. Their metrics are kept.
	 */
	@Bean
	SpanExportingPredicate noOrphanDatabaseSpans() {
		return span -> !(isRoot(span.getParentId()) && DATABASE_SPANS.contains(span.getName()));
	}

	private static boolean isRoot(String parentId) {
		return parentId == null || parentId.isEmpty() || parentId.chars().allMatch(c -> c == '0');
	}

}
