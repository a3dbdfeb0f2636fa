package com.broadsheet.content;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param lifetime how long a preview link works
 * @param key the HMAC key that signs preview links (32+ characters), the same on every
 * instance; when unset, a random key is generated once and kept in PostgreSQL, where
 * every instance finds it
 */
@ConfigurationProperties("broadsheet.preview-links")
public record PreviewLinkProperties(@DefaultValue("7d") Duration lifetime, String key) {

	public PreviewLinkProperties {
		if (key != null && !key.isBlank() && key.length() < 32) {
			throw new IllegalArgumentException("broadsheet.preview-links.key must be at least 32 characters");
		}
	}

}
