package com.broadsheet.leads;

import java.util.List;

import com.broadsheet.identity.ProtectedRoutes;
import com.broadsheet.identity.ProtectedRoutes.Route;
import com.broadsheet.ratelimit.RateLimitProperties;
import com.broadsheet.ratelimit.RateLimitRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the rest of the application needs to know about the lead API's routes: anyone may
 * submit a lead, but a lead (personal data) is read only with an API token, whatever the
 * method; submissions share the lead limit per client address with the site's lead forms,
 * and reading counts against the Admin API's limit.
 */
@Configuration(proxyBeanMethods = false)
class LeadRoutes {

	@Bean
	ProtectedRoutes leadReading() {
		return new ProtectedRoutes(List.of(Route.any(LeadApi.PATH + "/*")), List.of(), List.of());
	}

	@Bean
	RateLimitRule leadApiLimit(RateLimitProperties limits) {
		return (request, path) -> {
			if (path.equals(LeadApi.PATH) && "POST".equals(request.getMethod())) {
				return new RateLimitRule.Match("leads", request.getRemoteAddr(), limits.leads());
			}
			if (path.startsWith(LeadApi.PATH + "/")) {
				return new RateLimitRule.Match("admin-api", "address:" + request.getRemoteAddr(), limits.adminApi());
			}
			return null;
		};
	}

}
