package com.broadsheet.events;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.util.StringUtils;

/**
 * Picks the event transport: RabbitMQ when the standard {@code spring.rabbitmq.host} or
 * {@code spring.rabbitmq.addresses} is configured, the in-process queue otherwise (an
 * explicit {@code broadsheet.events.transport} wins). In the in-process mode the RabbitMQ
 * health check is off, since there is no broker to check.
 * <p>
 * The defaults are derived when they are read, not when this runs, so configuration added
 * later (command line, test properties) is taken into account.
 */
class TransportSelection implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new Defaults(environment));
	}

	/**
	 * Holds the environment in a field rather than as its source: Spring Boot descends
	 * into property sources whose source is an environment, which would include this one
	 * again.
	 */
	static final class Defaults extends PropertySource<Object> {

		private final ConfigurableEnvironment environment;

		Defaults(ConfigurableEnvironment environment) {
			super("broadsheetEventTransport", new Object());
			this.environment = environment;
		}

		@Override
		public Object getProperty(String name) {
			return switch (name) {
				case "broadsheet.events.transport" -> rabbitConfigured() ? "rabbitmq" : "local";
				case "management.health.rabbit.enabled" ->
					Boolean.toString("rabbitmq".equals(environment.getProperty("broadsheet.events.transport")));
				default -> null;
			};
		}

		private boolean rabbitConfigured() {
			return StringUtils.hasText(environment.getProperty("spring.rabbitmq.host"))
					|| StringUtils.hasText(environment.getProperty("spring.rabbitmq.addresses"));
		}

	}

}
