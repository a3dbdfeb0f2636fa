package com.broadsheet.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the HTTP edge under {@code broadsheet.*}.
 *
 * @param maxBodySize largest accepted request body; larger ones are refused with 413
 * (routes that take uploads contribute their own limit with {@link UploadRoute})
 * @param security the security headers sent with every response
 */
@ConfigurationProperties("broadsheet")
public record WebProperties(@DefaultValue("64KB") DataSize maxBodySize, @DefaultValue Security security) {

	/**
	 * @param contentSecurityPolicy replaces the built-in strict policy when set
	 * @param hsts HTTP Strict Transport Security, sent on requests that arrived over TLS
	 */
	public record Security(String contentSecurityPolicy, @DefaultValue Hsts hsts) {

		/** The policy to send: the configured one, or the built-in strict one. */
		public String policy() {
			return contentSecurityPolicy == null || contentSecurityPolicy.isBlank() ? SecurityHeaders.DEFAULT_POLICY
					: contentSecurityPolicy;
		}

	}

	public record Hsts(@DefaultValue("true") boolean enabled, @DefaultValue("365d") Duration maxAge) {
	}

}
