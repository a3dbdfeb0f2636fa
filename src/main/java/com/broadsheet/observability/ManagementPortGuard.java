package com.broadsheet.observability;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Operational endpoints other than health and info are served on the management port only
 * ({@code management.server.port}): metrics say a lot about a site and must not be
 * public. Without a separate management port they are not served at all.
 */
class ManagementPortGuard extends HttpFilter implements ApplicationListener<WebServerInitializedEvent> {

	/** The port of the separate management server, once it has started (else -1). */
	private final AtomicInteger port = new AtomicInteger(-1);

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if ("management".equals(event.getApplicationContext().getServerNamespace())) {
			port.set(event.getWebServer().getPort());
		}
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getLocalPort() != port.get() && isOperational(request.getRequestURI())) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Everything under /actuator except health (for balancers) and info. */
	static boolean isOperational(String path) {
		return path.startsWith("/actuator/") && !path.startsWith("/actuator/health") && !path.equals("/actuator/info");
	}

}
