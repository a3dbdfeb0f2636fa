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
 * <p>
 * With {@code BROADSHEET_TEST_PGBOUNCER} set (a JDBC server URL such as
 * {@code jdbc:postgresql://127.0.0.1:16432/}), the databases are still created directly
 * on the server, but the URLs handed to the applications go through that PgBouncer in
 * transaction-pooling mode: the check that the application keeps no session state on its
 * connections (see {@code scripts/pgbouncer} and {@code .ci/run}).
 */
public final class TestDatabases {

	private static final String SERVER = System.getenv()
		.getOrDefault("BROADSHEET_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");

	private static final String POOLER = System.getenv("BROADSHEET_TEST_PGBOUNCER");

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
		return (POOLER != null) ? POOLER + name + "?prepareThreshold=0" : SERVER + name;
	}

	/** Whether applications reach their databases through PgBouncer. */
	public static boolean throughPooler() {
		return POOLER != null;
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
