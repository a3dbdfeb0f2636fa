package com.broadsheet.platform;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code broadsheet.*} that belong to no single module.
 *
 * @param dataDir where local state lives; the embedded PostgreSQL keeps its files in
 * {@code <dataDir>/postgres}
 * @param maxBodySize largest accepted request body; larger ones are refused with 413
 * @param schedulerPollingInterval how often the task scheduler looks for due work, which
 * bounds how late a scheduled article can go live
 */
@ConfigurationProperties("broadsheet")
public record PlatformProperties(@DefaultValue("data") Path dataDir, @DefaultValue("64KB") DataSize maxBodySize,
		@DefaultValue("2s") Duration schedulerPollingInterval) {
}
