package com.broadsheet.content;

import java.util.List;

import com.broadsheet.ratelimit.RateLimitProperties;
import com.broadsheet.ratelimit.RateLimitRule;
import com.broadsheet.web.PublicRoute;
import com.broadsheet.web.PublicRoutes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the HTTP edge needs to know about the content API's routes: they are public (every
 * reader gets the same answer, so caches may keep it), and they count against the content
 * API's limit per client address.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MediaProperties.class)
class ContentRoutes {

	static final String API = "/api/v1";

	private static final List<String> COLLECTIONS = List.of(API + "/articles", API + "/categories", API + "/tags",
			API + "/authors");

	@Bean
	PublicRoutes contentApiRoutes() {
		return () -> List.of(PublicRoute.exact(API + "/articles", "page", "category", "tag", "author"),
				PublicRoute.family(API + "/articles/"), PublicRoute.exact(API + "/categories"),
				PublicRoute.exact(API + "/tags"), PublicRoute.exact(API + "/authors"));
	}

	@Bean
	RateLimitRule contentApiLimit(RateLimitProperties limits) {
		return (request, path) -> COLLECTIONS.contains(path) || path.startsWith(API + "/articles/")
				? new RateLimitRule.Match("content-api", request.getRemoteAddr(), limits.contentApi()) : null;
	}

}
