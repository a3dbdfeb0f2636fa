package com.broadsheet.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ScanOptions;

/**
 * Direct access to the machine's Redis (127.0.0.1:6379) for tests that share it: a unique
 * key prefix per test, reading what the application stored, and deleting every key under
 * the prefix afterwards.
 */
public final class TestRedis implements AutoCloseable {

	private final LettuceConnectionFactory connections;

	private final String prefix;

	public TestRedis() {
		this.prefix = "bs-test-" + UUID.randomUUID().toString().substring(0, 8);
		this.connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 6379));
		this.connections.afterPropertiesSet();
		this.connections.start();
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
