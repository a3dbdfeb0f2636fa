package com.broadsheet.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled write one line per request to the logger {@code broadsheet.access}
 */
@ConfigurationProperties("broadsheet.access-log")
public record AccessLogProperties(@DefaultValue("true") boolean enabled) {
}
