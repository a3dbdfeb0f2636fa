package com.broadsheet.support;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.broadsheet.support.TestEnvironment.Address;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

/**
 * The AMQP broker the tests use: the machine's RabbitMQ (127.0.0.1:5672, guest/guest,
 * unless {@code BROADSHEET_TEST_RABBIT=host:port} says otherwise). When nothing answers
 * there within 300 ms, an {@link EmbeddedBroker} is started once for the test JVM instead
 * (a laptop with only a JDK); with {@code BROADSHEET_TEST_REQUIRE_ALL} set (scripts/test,
 * CI) that fails at once instead.
 */
public final class TestRabbit {

	private static final Logger log = LoggerFactory.getLogger(TestRabbit.class);

	private static Address server;

	private static EmbeddedBroker embedded;

	private TestRabbit() {
	}

	/** The host applications under test should use ({@code spring.rabbitmq.host}). */
	public static String host() {
		return server().host();
	}

	/** The port applications under test should use ({@code spring.rabbitmq.port}). */
	public static int port() {
		return server().port();
	}

	/** A new connection factory straight to the broker; the caller destroys it. */
	public static CachingConnectionFactory connections() {
		Address address = server();
		return new CachingConnectionFactory(address.host(), address.port());
	}

	/** Every queue on the broker's default virtual host. */
	static List<String> queueNames() {
		server();
		return (embedded != null) ? embedded.queueNames() : rabbitmqctl("list_queues");
	}

	/** Every exchange on the broker's default virtual host. */
	static List<String> exchangeNames() {
		server();
		return (embedded != null) ? embedded.exchangeNames() : rabbitmqctl("list_exchanges");
	}

	private static synchronized Address server() {
		if (server == null) {
			Address configured = Address.fromEnvironment("BROADSHEET_TEST_RABBIT", "127.0.0.1:5672");
			if (TestEnvironment.reachable(configured)) {
				server = configured;
			}
			else if (TestEnvironment.requireAll()) {
				throw TestEnvironment.missing("RabbitMQ", configured, "BROADSHEET_TEST_RABBIT");
			}
			else {
				server = startEmbedded(configured);
			}
		}
		return server;
	}

	private static Address startEmbedded(Address configured) {
		try {
			embedded = EmbeddedBroker.start();
		}
		catch (Exception ex) {
			throw new IllegalStateException(
					"RabbitMQ is not reachable at " + configured + " and the embedded AMQP broker did not start: " + ex,
					ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(embedded::stop, "embedded-amqp-stop"));
		log.warn("RabbitMQ is not reachable at {} (BROADSHEET_TEST_RABBIT): using an embedded AMQP broker on port {}",
				configured, embedded.port());
		return new Address("127.0.0.1", embedded.port());
	}

	private static List<String> rabbitmqctl(String listing) {
		try {
			Process process = new ProcessBuilder("rabbitmqctl", listing, "--quiet", "--no-table-headers", "name")
				.redirectErrorStream(true)
				.start();
			List<String> names = new String(process.getInputStream().readAllBytes()).lines()
				.map(String::strip)
				.toList();
			process.waitFor();
			return names;
		}
		catch (IOException ex) {
			throw new IllegalStateException("rabbitmqctl is needed to clean up test queues", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return List.of();
		}
	}

}
