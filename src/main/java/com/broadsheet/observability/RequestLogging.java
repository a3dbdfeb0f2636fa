package com.broadsheet.observability;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.slf4j.MDC;

import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * The outermost filter: puts the request's method and path into the logging context, so
 * every line logged while serving it carries them, and writes one access-log line per
 * request (logger {@code broadsheet.access}: method, path, status, duration) when it is
 * done. The query string is left out of both: it can carry what a visitor typed.
 */
class RequestLogging extends HttpFilter {

	static final Logger ACCESS = LoggerFactory.getLogger("broadsheet.access");

	private final boolean accessLog;

	RequestLogging(boolean accessLog) {
		this.accessLog = accessLog;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		String path = request.getRequestURI();
		MDC.put("http.request.method", request.getMethod());
		MDC.put("url.path", path);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (accessLog && ACCESS.isInfoEnabled()) {
				long millis = (System.nanoTime() - started) / 1_000_000;
				withTraceOf(request,
						() -> ACCESS.info("{} {} {} {}ms", request.getMethod(), path, response.getStatus(), millis));
			}
			MDC.remove("http.request.method");
			MDC.remove("url.path");
		}
	}

	/**
	 * The access line is written after the request's span has closed; it names the trace
	 * of the request all the same (a page served from the cache has none).
	 */
	private static void withTraceOf(HttpServletRequest request, Runnable log) {
		Span span = ServerHttpObservationFilter.findObservationContext(request)
			.map(context -> context.<TracingObservationHandler.TracingContext>get(
					TracingObservationHandler.TracingContext.class))
			.map(TracingObservationHandler.TracingContext::getSpan)
			.orElse(null);
		if (span == null || MDC.get("traceId") != null) {
			log.run();
			return;
		}
		MDC.put("traceId", span.context().traceId());
		MDC.put("spanId", span.context().spanId());
		try {
			log.run();
		}
		finally {
			MDC.remove("traceId");
			MDC.remove("spanId");
		}
	}

}
