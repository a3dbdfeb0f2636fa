package com.broadsheet.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The zero-setup default: when no {@code spring.datasource.url} is configured, start a
 * PostgreSQL 17 server from Maven-provided binaries with its data under
 * {@code broadsheet.data-dir}, so content survives restarts. Only the infrastructure is
 * swapped: the pool, Flyway and every query are the same as against an external server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDataSourceConfigured.class)
class EmbeddedPostgresConfiguration {

	static final String DATABASE = "broadsheet";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(PlatformProperties properties) throws IOException, SQLException {
		Path dataDirectory = properties.dataDir().resolve("postgres").toAbsolutePath();
		Files.createDirectories(dataDirectory);
		log.info("No spring.datasource.url configured: starting embedded PostgreSQL with data in {}", dataDirectory);
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setServerConfig("max_connections", "50")
				// Stopped as this bean is destroyed, after everything that uses it: a
				// shutdown hook of its own would stop it while pollers and requests still
				// run, and every graceful stop would end in connection errors.
				.setRegisterShutdownHook(false)
				.start();
			createDatabaseIfMissing(postgres);
			return postgres;
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDirectory
					+ ". Is another Broadsheet instance using the same broadsheet.data-dir?", ex);
		}
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.driverClassName("org.postgresql.Driver")
			.url(postgres.getJdbcUrl("postgres", DATABASE))
			.username("postgres")
			.build();
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
		DataSource admin = postgres.getPostgresDatabase();
		try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
			var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
			if (!exists.next()) {
				statement.execute("create database " + DATABASE);
			}
		}
	}

	static class NoDataSourceConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
