package com.broadsheet.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this instance uses Redis, when the standard {@code spring.data.redis.*} settings
 * point at one.
 *
 * @param enabled derived: whether {@code spring.data.redis.host} or {@code .url} is set
 * @param keyPrefix first part of every key this application writes (pages, sessions), so
 * several deployments or test runs can share one Redis
 */
@ConfigurationProperties("broadsheet.redis")
public record RedisSettings(@DefaultValue("false") boolean enabled, @DefaultValue("bs") String keyPrefix) {
}
