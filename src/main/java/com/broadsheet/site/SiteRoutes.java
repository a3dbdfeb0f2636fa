package com.broadsheet.site;

import com.broadsheet.content.ArticlePaths;
import java.util.List;

import com.broadsheet.ratelimit.RateLimitProperties;
import com.broadsheet.ratelimit.RateLimitRule;
import com.broadsheet.web.PublicRoute;
import com.broadsheet.web.PublicRoutes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the HTTP edge needs to know about the site's routes: which pages are the same for
 * every reader (so caches may keep them, keyed by the parameters each reads), and that
 * the lead forms count against the lead limit per client address, together with the lead
 * API.
 */
@Configuration(proxyBeanMethods = false)
class SiteRoutes {

	@Bean
	PublicRoutes sitePages() {
		return () -> List.of(PublicRoute.exact("/", "page", "category"), PublicRoute.family(ArticlePaths.PREFIX),
				PublicRoute.family("/category/", "page"), PublicRoute.family("/tag/", "page"),
				PublicRoute.family("/author/", "page"), PublicRoute.exact("/feed.xml"), PublicRoute.exact("/rss.xml"),
				PublicRoute.exact("/sitemap.xml"), PublicRoute.exact("/robots.txt"), PublicRoute.exact("/contact"),
				PublicRoute.exact("/thank-you", "from"));
	}

	@Bean
	RateLimitRule leadFormLimit(RateLimitProperties limits) {
		return (request, path) -> "POST".equals(request.getMethod()) && isLeadForm(path)
				? new RateLimitRule.Match("leads", request.getRemoteAddr(), limits.leads()) : null;
	}

	private static boolean isLeadForm(String path) {
		return path.equals("/contact") || (path.startsWith(ArticlePaths.PREFIX) && path.endsWith(LeadForms.LEADS));
	}

}
