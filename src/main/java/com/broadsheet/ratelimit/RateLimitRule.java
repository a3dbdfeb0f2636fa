package com.broadsheet.ratelimit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which limit a request counts against, decided by the module that owns the route (a bean
 * of this type per module), so the rate-limit filter knows no module's URLs. The first
 * rule that matches a request counts it; a request no rule matches is not limited.
 */
@FunctionalInterface
public interface RateLimitRule {

	/**
	 * @param path the request's path (decoded and normalized, as routing sees it)
	 * @return the counter this request adds to, or {@code null} if the rule does not
	 * apply
	 */
	Match match(HttpServletRequest request, String path);

	/**
	 * @param name the limit's name: requests of several routes may share one counter
	 * @param client whose counter (a client address, a token's hash)
	 * @param limit how many requests the counter allows per window
	 */
	record Match(String name, String client, RateLimits.Limit limit) {
	}

}
