package com.broadsheet.ratelimit;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.broadsheet.web.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Answers {@code 429 Too Many Requests} with {@code Retry-After} once a client exceeds a
 * limit. Which requests count against which limit is up to the modules that own the
 * routes ({@link RateLimitRule}). Runs before the page cache, so cached responses count
 * too. The client address is the one the balancer reported (trusted
 * {@code X-Forwarded-For}).
 */
class RateLimitFilter extends HttpFilter {

	private final RateLimits limits;

	private final List<RateLimitRule> rules;

	private final Problems problems;

	RateLimitFilter(RateLimits limits, List<RateLimitRule> rules, Problems problems) {
		this.limits = limits;
		this.rules = List.copyOf(rules);
		this.problems = problems;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RateLimitRule.Match match = match(request);
		if (match != null) {
			RateLimits.Decision decision = limits.hit(match.name(), match.client(), match.limit());
			if (!decision.allowed()) {
				long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
				problems.write(request, response, Problems.problem(HttpStatus.TOO_MANY_REQUESTS,
						"Too many requests. Please try again in " + seconds + " seconds."));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private RateLimitRule.Match match(HttpServletRequest request) {
		String path = request.getRequestURI();
		for (RateLimitRule rule : rules) {
			RateLimitRule.Match match = rule.match(request, path);
			if (match != null) {
				return match;
			}
		}
		return null;
	}

}
