package com.broadsheet.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Outbox {

	private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Outbox(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Unpublished events: how many, and when the oldest was recorded (or null). */
	record Backlog(long size, Instant oldest) {
	}

	void add(Envelope envelope) {
		jdbc.sql("""
				insert into outbox_event (id, type, payload, headers, occurred_at, next_attempt_at)
				values (?, ?, ?::jsonb, ?::jsonb, ?, ?)
				""")
			.params(envelope.id(), envelope.type(), envelope.payload(), json.writeValueAsString(envelope.headers()),
					Timestamp.from(envelope.occurredAt()), Timestamp.from(envelope.occurredAt()))
			.update();
	}

	/**
	 * Due events, oldest first, row-locked until the transaction ends; rows another
	 * instance is already publishing are skipped.
	 */
	List<Envelope> lockDue(int limit) {
		return jdbc.sql("""
				select id, type, payload::text as payload, headers::text as headers, occurred_at from outbox_event
				where published_at is null and next_attempt_at <= now()
				order by next_attempt_at, occurred_at limit ? for update skip locked
				""").param(limit).query(this::envelope).list();
	}

	void markPublished(List<UUID> ids) {
		jdbc.sql("update outbox_event set published_at = now(), last_error = null where id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.update();
	}

	void markFailed(List<UUID> ids, Duration retryIn, String error) {
		jdbc.sql("""
				update outbox_event set attempts = attempts + 1, last_error = ?,
				       next_attempt_at = now() + make_interval(secs => ?)
				where id = any(?)
				""").params(error, retryIn.toMillis() / 1000.0, ids.toArray(UUID[]::new)).update();
	}

	Backlog backlog() {
		return jdbc.sql("select count(*), min(occurred_at) from outbox_event where published_at is null")
			.query((rs, row) -> new Backlog(rs.getLong(1),
					rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
			.single();
	}

	int deletePublishedBefore(Instant cutoff) {
		return jdbc.sql("delete from outbox_event where published_at < ?").param(Timestamp.from(cutoff)).update();
	}

	private Envelope envelope(ResultSet rs, int row) throws SQLException {
		return new Envelope(rs.getObject("id", UUID.class), rs.getString("type"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getString("payload"),
				json.readValue(rs.getString("headers"), HEADERS));
	}

}
