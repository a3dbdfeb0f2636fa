package com.broadsheet.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fresh PostgreSQL databases on the machine's server (127.0.0.1:5432 unless
 * {@code BROADSHEET_TEST_PG} says otherwise), one per test application context, dropped
 * when the JVM exits. Names start with {@code bs_test_} so they never collide with
 * anything else on the shared server.
 */
public final class TestDatabases {

	private static final String SERVER = System.getenv()
		.getOrDefault("BROADSHEET_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");

	private static final String USER = System.getenv().getOrDefault("BROADSHEET_TEST_PG_USER", "postgres");

	private static final List<String> CREATED = new CopyOnWriteArrayList<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(TestDatabases::drop)));
	}

	private TestDatabases() {
	}

	/** Creates an empty database and returns its JDBC URL. */
	public static String create() {
		String name = "bs_test_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		execute("create database " + name);
		CREATED.add(name);
		return SERVER + name;
	}

	public static String user() {
		return USER;
	}

	private static void drop(String name) {
		try {
			execute("drop database if exists " + name + " with (force)");
		}
		catch (RuntimeException ex) {
			// Best effort at shutdown; a leftover database is harmless and uniquely
			// named.
		}
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Cannot run '" + sql + "' on " + SERVER + ". Is PostgreSQL running? (see README, Tests)", ex);
		}
	}

}
