package com.broadsheet.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Endpoints {

	private static final String SELECT = "select id, url, secret, events, enabled, created_at from webhook_endpoint";

	private final JdbcClient jdbc;

	Endpoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An endpoint with its secret, for signing. */
	record Stored(long id, String url, String secret, List<String> events, boolean enabled,
			java.time.Instant createdAt) {

		Endpoint view() {
			String hint = secret.length() <= 4 ? "****" : "…" + secret.substring(secret.length() - 4);
			return new Endpoint(id, url, events, enabled, hint, createdAt);
		}

	}

	long insert(String url, String secret, List<String> events, boolean enabled) {
		return jdbc.sql("insert into webhook_endpoint (url, secret, events, enabled) values (?, ?, ?, ?) returning id")
			.params(url, secret, events.toArray(String[]::new), enabled)
			.query(Long.class)
			.single();
	}

	void update(long id, String url, String secret, List<String> events, boolean enabled) {
		jdbc.sql("""
				update webhook_endpoint set url = ?, secret = coalesce(?, secret), events = ?, enabled = ?,
				       updated_at = now() where id = ?
				""").params(url, secret, events.toArray(String[]::new), enabled, id).update();
	}

	boolean delete(long id) {
		return jdbc.sql("delete from webhook_endpoint where id = ?").param(id).update() == 1;
	}

	List<Stored> all() {
		return jdbc.sql(SELECT + " order by id").query(Endpoints::map).list();
	}

	Optional<Stored> byId(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(Endpoints::map).optional();
	}

	List<Stored> subscribedTo(String eventType) {
		return jdbc.sql(SELECT + " where enabled and ? = any(events) order by id")
			.param(eventType)
			.query(Endpoints::map)
			.list();
	}

	private static Stored map(ResultSet rs, int row) throws SQLException {
		return new Stored(rs.getLong("id"), rs.getString("url"), rs.getString("secret"),
				Arrays.asList((String[]) rs.getArray("events").getArray()), rs.getBoolean("enabled"),
				rs.getTimestamp("created_at").toInstant());
	}

}
