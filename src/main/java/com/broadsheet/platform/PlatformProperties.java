package com.broadsheet.platform;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code broadsheet.*} for the process itself.
 *
 * @param dataDir where local state lives; the embedded PostgreSQL keeps its files in
 * {@code <dataDir>/postgres}
 * @param instanceId names this instance in metrics, logs and the operations page (its
 * default, {@code $HOSTNAME}, is set in application.yml because log and metric settings
 * refer to it)
 * @param schedulerPollingInterval how often the task scheduler looks for due work, which
 * bounds how late a scheduled article can go live
 * @param database the connection budget checked at start
 * @param shutdown how an instance stops
 * @param http tuning of the web server
 */
@ConfigurationProperties("broadsheet")
public record PlatformProperties(@DefaultValue("data") Path dataDir, String instanceId,
		@DefaultValue("2s") Duration schedulerPollingInterval, @DefaultValue Database database,
		@DefaultValue Shutdown shutdown, @DefaultValue Http http) {

	/**
	 * @param maxInstances how many instances may share the database: pool size ×
	 * max-instances + reserved must fit PostgreSQL's {@code max_connections}; 0 skips the
	 * check (behind PgBouncer)
	 * @param reservedConnections connections kept free for administration and migrations
	 */
	public record Database(@DefaultValue("4") int maxInstances, @DefaultValue("10") int reservedConnections) {
	}

	/**
	 * @param drainDelay how long an instance keeps serving after readiness went DOWN, so
	 * the balancer notices before the web server stops
	 */
	public record Shutdown(@DefaultValue("5s") Duration drainDelay) {
	}

	/**
	 * @param socketWriteBuffer Tomcat's per-connection socket write buffer; above the
	 * size of a page, headers and body leave in one write
	 */
	public record Http(@DefaultValue("32KB") DataSize socketWriteBuffer) {
	}

}
