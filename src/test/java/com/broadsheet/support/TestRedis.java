package com.broadsheet.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

import com.broadsheet.support.TestEnvironment.Address;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ScanOptions;

/**
 * Direct access to the machine's Redis (127.0.0.1:6379 unless
 * {@code BROADSHEET_TEST_REDIS=host:port} says otherwise) for tests that share it: a
 * unique key prefix per test, reading what the application stored, and deleting every key
 * under the prefix afterwards. Applications under test connect to {@link #host()} and
 * {@link #port()}.
 * <p>
 * When nothing answers there within 300 ms, a Redis server from the
 * {@code embedded-redis} jar is started once for the test JVM instead (a laptop with only
 * a JDK); with {@code BROADSHEET_TEST_REQUIRE_ALL} set (scripts/test, CI) that fails at
 * once instead.
 */
public final class TestRedis implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(TestRedis.class);

	private static Address server;

	private final LettuceConnectionFactory connections;

	private final String prefix;

	public TestRedis() {
		this.prefix = "bs-test-" + UUID.randomUUID().toString().substring(0, 8);
		Address address = server();
		this.connections = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration(address.host(), address.port()));
		this.connections.afterPropertiesSet();
		this.connections.start();
	}

	/** The host applications under test should use ({@code spring.data.redis.host}). */
	public static String host() {
		return server().host();
	}

	/** The port applications under test should use ({@code spring.data.redis.port}). */
	public static int port() {
		return server().port();
	}

	private static synchronized Address server() {
		if (server == null) {
			Address configured = Address.fromEnvironment("BROADSHEET_TEST_REDIS", "127.0.0.1:6379");
			if (TestEnvironment.reachable(configured)) {
				server = configured;
			}
			else if (TestEnvironment.requireAll()) {
				throw TestEnvironment.missing("Redis", configured, "BROADSHEET_TEST_REDIS");
			}
			else {
				server = startEmbedded(configured);
			}
		}
		return server;
	}

	private static Address startEmbedded(Address configured) {
		try {
			int port = freePort();
			RedisServer embedded = RedisServer.newRedisServer()
				.bind("127.0.0.1")
				.port(port)
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
			embedded.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					embedded.stop();
				}
				catch (IOException ex) {
					// The process goes with the JVM.
				}
			}, "embedded-redis-stop"));
			log.warn("Redis is not reachable at {} (BROADSHEET_TEST_REDIS): using an embedded Redis on port {}",
					configured, port);
			return new Address("127.0.0.1", port);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException(
					"Redis is not reachable at " + configured + " and the embedded Redis did not start: " + ex, ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	public String prefix() {
		return prefix;
	}

	/** The value stored under {@code <prefix>:<key>}, or {@code null}. */
	public String get(String key) {
		try (RedisConnection connection = connections.getConnection()) {
			byte[] value = connection.stringCommands().get((prefix + ":" + key).getBytes(StandardCharsets.UTF_8));
			return value == null ? null : new String(value, StandardCharsets.ISO_8859_1);
		}
	}

	public List<String> keys() {
		List<String> keys = new ArrayList<>();
		try (RedisConnection connection = connections.getConnection();
				var cursor = connection.keyCommands()
					.scan(ScanOptions.scanOptions().match(prefix + ":*").count(500).build())) {
			cursor.forEachRemaining(key -> keys.add(new String(key, StandardCharsets.UTF_8)));
		}
		return keys;
	}

	@Override
	public void close() {
		try (RedisConnection connection = connections.getConnection()) {
			for (String key : keys()) {
				connection.keyCommands().del(key.getBytes(StandardCharsets.UTF_8));
			}
		}
		finally {
			connections.destroy();
		}
	}

}
