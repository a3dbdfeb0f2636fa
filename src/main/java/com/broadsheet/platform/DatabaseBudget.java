package com.broadsheet.platform;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The connection budget, checked at startup: every instance's pool counts against
 * PostgreSQL's {@code max_connections}, so
 * {@code pool size × broadsheet.database.max-instances + broadsheet.database.reserved-connections}
 * must fit. An instance that would break the budget refuses to start, with the numbers,
 * rather than fail under load later. Behind PgBouncer the budget is PgBouncer's pool
 * instead; set {@code max-instances} to 0 there to skip the check.
 */
@Component
class DatabaseBudget {

	private static final Logger log = LoggerFactory.getLogger(DatabaseBudget.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final int maxInstances;

	private final int reserved;

	DatabaseBudget(DataSource dataSource, JdbcClient jdbc, PlatformProperties properties) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.maxInstances = properties.database().maxInstances();
		this.reserved = properties.database().reservedConnections();
	}

	@EventListener(ApplicationStartedEvent.class)
	void check() {
		HikariDataSource hikari;
		try {
			hikari = dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
		}
		catch (SQLException ex) {
			hikari = null;
		}
		if (maxInstances <= 0 || hikari == null) {
			return;
		}
		int pool = hikari.getMaximumPoolSize();
		int maxConnections = jdbc.sql("show max_connections").query(Integer.class).single();
		int needed = pool * maxInstances + reserved;
		if (needed > maxConnections) {
			throw new IllegalStateException(
					("Connection budget exceeded: %d instances x pool of %d + %d reserved = %d, "
							+ "but PostgreSQL allows max_connections = %d. Lower spring.datasource.hikari.maximum-pool-size "
							+ "or broadsheet.database.max-instances, raise max_connections, or put PgBouncer in front "
							+ "(see README, Running a cluster).")
						.formatted(maxInstances, pool, reserved, needed, maxConnections));
		}
		log.info("Connection budget: up to {} instances x pool of {} + {} reserved = {} of max_connections {}",
				maxInstances, pool, reserved, needed, maxConnections);
	}

}
