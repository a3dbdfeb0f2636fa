package com.broadsheet.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP edge's settings, and the security headers, in front of the page cache (see
 * {@link FilterOrder}) so cached responses carry them too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ WebProperties.class, SiteProperties.class })
class WebProtectionConfiguration {

	@Bean
	FilterRegistrationBean<SecurityHeaders> securityHeaders(WebProperties properties) {
		WebProperties.Security security = properties.security();
		var registration = new FilterRegistrationBean<>(
				new SecurityHeaders(security.policy(), security.hsts().enabled(), security.hsts().maxAge()));
		registration.setOrder(FilterOrder.SECURITY_HEADERS);
		return registration;
	}

}
