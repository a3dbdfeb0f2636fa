package com.broadsheet.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Answers {@code 429 Too Many Requests} with {@code Retry-After} once a client exceeds a
 * limit: lead submissions (the forms and the API) and the public content API per client
 * address, the Admin API per token. Runs before the page cache, so cached API responses
 * count too. The client address is the one the balancer reported (trusted
 * {@code X-Forwarded-For}).
 */
class RateLimitFilter extends HttpFilter {

	private final RateLimits limits;

	private final RateLimitProperties properties;

	private final Problems problems;

	RateLimitFilter(RateLimits limits, RateLimitProperties properties, Problems problems) {
		this.limits = limits;
		this.properties = properties;
		this.problems = problems;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		String method = request.getMethod();
		RateLimits.Decision decision = null;
		if ("POST".equals(method) && isLeadSubmission(path)) {
			decision = limits.hit("leads", request.getRemoteAddr(), properties.leads());
		}
		else if (path.startsWith("/api/v1/admin/")) {
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			String client = authorization != null ? "token:" + RateLimits.hash(authorization)
					: "address:" + request.getRemoteAddr();
			decision = limits.hit("admin-api", client, properties.adminApi());
		}
		else if (path.startsWith("/api/v1/")) {
			decision = limits.hit("content-api", request.getRemoteAddr(), properties.contentApi());
		}
		if (decision != null && !decision.allowed()) {
			long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			problems.write(request, response, Problems.problem(HttpStatus.TOO_MANY_REQUESTS,
					"Too many requests. Please try again in " + seconds + " seconds."));
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isLeadSubmission(String path) {
		return path.equals("/api/v1/leads") || path.equals("/contact")
				|| (path.startsWith("/blog/") && path.endsWith("/leads"));
	}

}
