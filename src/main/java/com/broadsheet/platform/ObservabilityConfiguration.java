package com.broadsheet.platform;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.tracing.exporter.SpanExportingPredicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Request logging, and the rule that operational endpoints other than health and info are
 * served on the management port only ({@code management.server.port}): metrics say a lot
 * about a site and must not be public. Without a separate management port they are not
 * served at all.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

	@Bean
	RequestStats requestStats() {
		return new RequestStats();
	}

	@Bean
	FilterRegistrationBean<RequestLogging> requestLogging(
			@Value("${broadsheet.access-log.enabled:true}") boolean accessLog, RequestStats stats) {
		var registration = new FilterRegistrationBean<>(new RequestLogging(accessLog, stats));
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
	ManagementPort managementPort() {
		return new ManagementPort();
	}

	@Bean
	FilterRegistrationBean<HttpFilter> managementOnly(ManagementPort management) {
		var registration = new FilterRegistrationBean<HttpFilter>(new HttpFilter() {
			@Override
			protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (request.getLocalPort() != management.port() && isOperational(request.getRequestURI())) {
					response.sendError(HttpServletResponse.SC_NOT_FOUND);
					return;
				}
				chain.doFilter(request, response);
			}
		});
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

	private static final java.util.Set<String> DATABASE_SPANS = java.util.Set.of("connection", "query", "result-set");

	private static boolean isRoot(String parentId) {
		return parentId == null || parentId.isEmpty() || parentId.chars().allMatch(c -> c == '0');
	}

	/** Everything under /actuator except health (for balancers) and info. */
	static boolean isOperational(String path) {
		return path.startsWith("/actuator/") && !path.startsWith("/actuator/health") && !path.equals("/actuator/info");
	}

	/** The port of the separate management server, once it has started (else -1). */
	static final class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

		private final AtomicInteger port = new AtomicInteger(-1);

		@Override
		public void onApplicationEvent(WebServerInitializedEvent event) {
			if ("management".equals(event.getApplicationContext().getServerNamespace())) {
				port.set(event.getWebServer().getPort());
			}
		}

		int port() {
			return port.get();
		}

	}

}
