package com.broadsheet.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the publication presents itself.
 *
 * @param name shown in the header, feeds and page titles
 * @param description one line for the index page, feeds and meta tags
 * @param baseUrl absolute public URL without trailing slash; used for canonical links,
 * feeds, the sitemap and share links, so pages render the same on every instance
 */
@ConfigurationProperties("broadsheet.site")
public record SiteProperties(@DefaultValue("Broadsheet") String name,
		@DefaultValue("Engineering notes on building software that lasts") String description,
		@DefaultValue("http://localhost:8080") String baseUrl) {

	public SiteProperties {
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The absolute URL of a site-relative path such as {@code /blog/x}. */
	public String absolute(String path) {
		return baseUrl + path;
	}

}
