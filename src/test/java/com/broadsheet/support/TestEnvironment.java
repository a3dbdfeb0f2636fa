package com.broadsheet.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * What the machine running the tests offers. {@code scripts/test} (and so CI) sets
 * {@code BROADSHEET_TEST_REQUIRE_ALL=1}: then every service must answer at its configured
 * address and every tool must be installed, and a missing one fails the test instead of
 * being replaced by an embedded stand-in or skipped. Without it (a laptop with only a
 * JDK), {@link TestDatabases}, {@link TestRedis} and {@link TestRabbit} fall back to
 * servers inside or beside the test JVM, and {@link Tools} skips what needs a missing
 * binary.
 */
public final class TestEnvironment {

	/** How long a service may take to accept a connection before it counts as absent. */
	static final int CONNECT_TIMEOUT_MILLIS = 300;

	private TestEnvironment() {
	}

	/** Whether a missing service or tool must fail the run (set by scripts/test). */
	public static boolean requireAll() {
		String value = System.getenv("BROADSHEET_TEST_REQUIRE_ALL");
		return value != null && !value.isBlank() && !value.equals("0") && !value.equalsIgnoreCase("false");
	}

	/** Whether something accepts TCP connections at {@code host:port}, within 300 ms. */
	static boolean reachable(Address address) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address.host(), address.port()), CONNECT_TIMEOUT_MILLIS);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * The one-line failure for a service that does not answer while
	 * {@code BROADSHEET_TEST_REQUIRE_ALL} is set.
	 */
	static IllegalStateException missing(String service, Address address, String variable) {
		return new IllegalStateException(service + " is not reachable at " + address + " (set " + variable
				+ " to point elsewhere); BROADSHEET_TEST_REQUIRE_ALL is set, so no embedded stand-in is used");
	}

	/** A {@code host:port} pair, from an environment variable or its default. */
	record Address(String host, int port) {

		static Address fromEnvironment(String variable, String fallback) {
			String value = System.getenv(variable);
			return parse((value == null || value.isBlank()) ? fallback : value.strip());
		}

		/**
		 * Parses {@code host:port} or a URL such as {@code jdbc:postgresql://host:port/}.
		 */
		static Address parse(String value) {
			String text = value.startsWith("jdbc:") ? value.substring("jdbc:".length()) : value;
			if (text.contains("://")) {
				URI uri = URI.create(text);
				return new Address(uri.getHost(), uri.getPort());
			}
			int colon = text.lastIndexOf(':');
			if (colon < 0) {
				throw new IllegalArgumentException("Expected host:port, got '" + value + "'");
			}
			return new Address(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
		}

		@Override
		public String toString() {
			return host + ":" + port;
		}

	}

}
