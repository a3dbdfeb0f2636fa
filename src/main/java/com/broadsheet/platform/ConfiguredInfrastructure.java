package com.broadsheet.platform;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.util.StringUtils;

/**
 * Derives, from the standard Spring Boot connection settings, which shared infrastructure
 * this instance uses, so the embedded default and a cluster run the same code with
 * different infrastructure behind it:
 * <ul>
 * <li>{@code broadsheet.events.transport}: {@code rabbitmq} when
 * {@code spring.rabbitmq.host} or {@code .addresses} is set, else {@code local};</li>
 * <li>{@code broadsheet.redis.enabled}: whether {@code spring.data.redis.host} or
 * {@code .url} is set.</li>
 * </ul>
 * Explicit values win. Spring Boot's own RabbitMQ and Redis health checks are off: this
 * application reports those as degraded components rather than failing its health.
 * <p>
 * The values are computed when read, not when this runs, so configuration added later
 * (command line, test properties) is taken into account.
 */
class ConfiguredInfrastructure implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new Derived(environment));
	}

	/**
	 * Holds the environment in a field rather than as its source: Spring Boot descends
	 * into property sources whose source is an environment, which would include this one
	 * again.
	 */
	static final class Derived extends PropertySource<Object> {

		private final ConfigurableEnvironment environment;

		Derived(ConfigurableEnvironment environment) {
			super("broadsheetConfiguredInfrastructure", new Object());
			this.environment = environment;
		}

		@Override
		public Object getProperty(String name) {
			return switch (name) {
				case "broadsheet.events.transport" ->
					anySet("spring.rabbitmq.host", "spring.rabbitmq.addresses") ? "rabbitmq" : "local";
				case "broadsheet.redis.enabled" ->
					Boolean.toString(anySet("spring.data.redis.host", "spring.data.redis.url"));
				case "management.health.rabbit.enabled", "management.health.redis.enabled" -> "false";
				default -> null;
			};
		}

		private boolean anySet(String... names) {
			for (String name : names) {
				if (StringUtils.hasText(environment.getProperty(name))) {
					return true;
				}
			}
			return false;
		}

	}

}
