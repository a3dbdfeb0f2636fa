package com.broadsheet.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Test infrastructure for the event backbone: a real SMTP server (through a proxy), fast
 * retry settings, and for RabbitMQ contexts a private namespace on the machine's broker
 * ({@link TestRabbit}) reached through a {@link TcpProxy}, whose exchanges and queues are
 * deleted when the context closes.
 */
public final class MessagingEnvironment {

	public static final String SALES = "sales@example.test";

	private static TcpProxy rabbit;

	/** A CDN stand-in: receives the purge requests of every messaging context. */
	public static final WebhookReceiver CDN = new WebhookReceiver();

	private MessagingEnvironment() {
	}

	/**
	 * The proxy in front of the machine's RabbitMQ ({@link TestRabbit}), shared by all
	 * RabbitMQ contexts.
	 */
	public static synchronized TcpProxy rabbitProxy() {
		if (rabbit == null) {
			rabbit = new TcpProxy(TestRabbit.host(), TestRabbit.port());
		}
		return rabbit;
	}

	/**
	 * Deletes the queues and exchanges an application declared, straight on the broker.
	 */
	public static void deleteTopology(Declarables declarables) {
		CachingConnectionFactory direct = TestRabbit.connections();
		try {
			RabbitAdmin admin = new RabbitAdmin(direct);
			declarables.getDeclarablesByType(Queue.class).forEach(queue -> admin.deleteQueue(queue.getName()));
			declarables.getDeclarablesByType(Exchange.class)
				.forEach(exchange -> admin.deleteExchange(exchange.getName()));
		}
		finally {
			direct.destroy();
		}
	}

	/**
	 * Deletes every queue and exchange whose name starts with {@code namespace.}: the
	 * clean-up for applications in other processes, whose topology this JVM never saw.
	 */
	public static void deleteNamespace(String namespace) {
		CachingConnectionFactory direct = TestRabbit.connections();
		try {
			RabbitAdmin admin = new RabbitAdmin(direct);
			TestRabbit.queueNames().forEach(name -> {
				if (name.startsWith(namespace + ".")) {
					admin.deleteQueue(name);
				}
			});
			TestRabbit.exchangeNames().forEach(name -> {
				if (name.startsWith(namespace + ".")) {
					admin.deleteExchange(name);
				}
			});
		}
		finally {
			direct.destroy();
		}
	}

	public static List<String> common() {
		TestMail.start();
		return new ArrayList<>(List.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + TestMail.port(),
				"broadsheet.notifications.sales-email=" + SALES, "broadsheet.notifications.auto-reply=true",
				"broadsheet.events.retry-delays=100ms,200ms,400ms", "broadsheet.events.max-attempts=3",
				"broadsheet.events.poll-interval=200ms", "broadsheet.events.max-backoff=1s",
				"broadsheet.webhooks.first-retry=200ms", "broadsheet.webhooks.allow-private-targets=true",
				"broadsheet.cache.purge.url=" + CDN.url().replace("/hooks", "/purge/{key}"),
				"broadsheet.cache.purge.headers.Fastly-Key=test-purge-key"));
	}

	/** In-process transport (no RabbitMQ configured). */
	public static class Local implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of(common()).applyTo(context);
		}

	}

	/** RabbitMQ transport through the proxy, in a namespace of its own. */
	public static class Rabbit implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			String namespace = "bs-test-" + UUID.randomUUID().toString().substring(0, 8);
			List<String> properties = common();
			properties.addAll(List.of("spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.port=" + rabbitProxy().port(),
					"broadsheet.events.namespace=" + namespace));
			TestPropertyValues.of(properties).applyTo(context);
			context.addApplicationListener(event -> {
				if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
					deleteTopology(context);
				}
			});
		}

		private static void deleteTopology(ConfigurableApplicationContext context) {
			context.getBeansOfType(Declarables.class).values().forEach(MessagingEnvironment::deleteTopology);
		}

	}

}
