package com.broadsheet.platform;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps exactly one Spring Session store: Redis when Redis is configured (many instances
 * share it cheaply), PostgreSQL otherwise (the embedded default). Both modules are on the
 * classpath, and Spring Boot would otherwise always prefer Redis.
 */
class SessionStoreSelection implements AutoConfigurationImportFilter, EnvironmentAware {

	static final String REDIS = "org.springframework.boot.session.data.redis.autoconfigure.SessionDataRedisAutoConfiguration";

	static final String JDBC = "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
		boolean redis = environment.getProperty("broadsheet.redis.enabled", Boolean.class, false);
		boolean[] matches = new boolean[candidates.length];
		for (int i = 0; i < candidates.length; i++) {
			String candidate = candidates[i];
			matches[i] = !(redis ? JDBC.equals(candidate) : REDIS.equals(candidate));
		}
		return matches;
	}

}
