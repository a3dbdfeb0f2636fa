package com.broadsheet.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.broadsheet.support.TestEnvironment.Address;

/**
 * Fresh PostgreSQL databases on the machine's server (127.0.0.1:5432 unless
 * {@code BROADSHEET_TEST_PG} says otherwise), one per test application context, dropped
 * when the JVM exits. Names start with {@code bs_test_} so they never collide with
 * anything else on the shared server.
 * <p>
 * When nothing answers there within 300 ms, an embedded PostgreSQL (the one the
 * application itself runs on by default) is started once for the whole test JVM instead,
 * so {@code ./mvnw test} works on a laptop with only a JDK; with
 * {@code BROADSHEET_TEST_REQUIRE_ALL} set (scripts/test, CI) that fails at once instead.
 * <p>
 * With {@code BROADSHEET_TEST_PGBOUNCER} set (a JDBC server URL such as
 * {@code jdbc:postgresql://127.0.0.1:16432/}), the databases are still created directly
 * on the server, but the URLs handed to the applications go through that PgBouncer in
 * transaction-pooling mode: the check that the application keeps no session state on its
 * connections (see {@code scripts/pgbouncer} and {@code .ci/run}).
 */
public final class TestDatabases {

	private static final Logger log = LoggerFactory.getLogger(TestDatabases.class);

	private static final String CONFIGURED = System.getenv()
		.getOrDefault("BROADSHEET_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");

	private static final String POOLER = System.getenv("BROADSHEET_TEST_PGBOUNCER");

	private static final String USER = System.getenv().getOrDefault("BROADSHEET_TEST_PG_USER", "postgres");

	private static final List<String> CREATED = new CopyOnWriteArrayList<>();

	private static String server;

	private static volatile EmbeddedPostgres embedded;

	private TestDatabases() {
	}

	/** Creates an empty database and returns its JDBC URL. */
	public static String create() {
		String name = "bs_test_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		execute("create database " + name);
		CREATED.add(name);
		return (POOLER != null) ? POOLER + name + "?prepareThreshold=0" : server() + name;
	}

	/** Whether applications reach their databases through PgBouncer. */
	public static boolean throughPooler() {
		return POOLER != null;
	}

	public static String user() {
		server();
		return (embedded != null) ? "postgres" : USER;
	}

	/**
	 * The JDBC URL of the server, ending in {@code /}: the configured one, or the
	 * embedded stand-in.
	 */
	public static synchronized String server() {
		if (server == null) {
			Address address = Address.parse(CONFIGURED);
			if (TestEnvironment.reachable(address)) {
				server = CONFIGURED;
			}
			else if (TestEnvironment.requireAll() || POOLER != null) {
				throw TestEnvironment.missing("PostgreSQL", address, "BROADSHEET_TEST_PG");
			}
			else {
				server = startEmbedded(address);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropAll, "test-databases-cleanup"));
		}
		return server;
	}

	private static String startEmbedded(Address address) {
		try {
			embedded = EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("PostgreSQL is not reachable at " + address
					+ " and the embedded PostgreSQL did not start: " + ex.getMessage(), ex);
		}
		log.warn("PostgreSQL is not reachable at {} (BROADSHEET_TEST_PG): using an embedded PostgreSQL on port {}",
				address, embedded.getPort());
		return "jdbc:postgresql://127.0.0.1:" + embedded.getPort() + "/";
	}

	private static void dropAll() {
		CREATED.forEach(TestDatabases::drop);
		if (embedded != null) {
			try {
				embedded.close();
			}
			catch (IOException ex) {
				// Its data directory is a temporary one; nothing is left behind that
				// matters.
			}
		}
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
		String url = server();
		try (Connection connection = DriverManager.getConnection(url + "postgres", user(), "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Cannot run '" + sql + "' on " + url + ". Is PostgreSQL running? (see README, Test it)", ex);
		}
	}

}
