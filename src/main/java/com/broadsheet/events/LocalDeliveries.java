package com.broadsheet.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The in-process transport's queue: one row per consumer and event. */
@Repository
class LocalDeliveries {

	private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	LocalDeliveries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	record Claimed(String consumer, Envelope envelope, int attempt) {
	}

	void enqueue(String consumer, Envelope envelope) {
		jdbc.sql(
				"""
						insert into event_delivery (consumer, event_id, type, payload, headers, occurred_at, next_attempt_at, status)
						values (?, ?, ?, ?::jsonb, ?::jsonb, ?, now(), 'PENDING')
						on conflict (consumer, event_id) do nothing
						""")
			.params(consumer, envelope.id(), envelope.type(), envelope.payload(),
					json.writeValueAsString(envelope.headers()), Timestamp.from(envelope.occurredAt()))
			.update();
	}

	/**
	 * Takes due deliveries by pushing their next attempt a lease into the future: another
	 * instance will not see them, and if this one dies they come back when the lease
	 * ends.
	 */
	List<Claimed> claimDue(int limit, Duration lease) {
		return jdbc.sql("""
				update event_delivery d set next_attempt_at = now() + make_interval(secs => ?), attempts = attempts + 1
				from (select consumer, event_id from event_delivery
				      where status = 'PENDING' and next_attempt_at <= now()
				      order by next_attempt_at limit ? for update skip locked) due
				where d.consumer = due.consumer and d.event_id = due.event_id
				returning d.consumer, d.event_id, d.type, d.payload::text as payload, d.headers::text as headers,
				          d.occurred_at, d.attempts
				""").params(lease.toMillis() / 1000.0, limit).query(this::claimed).list();
	}

	void done(String consumer, UUID eventId) {
		jdbc.sql("delete from event_delivery where consumer = ? and event_id = ?").params(consumer, eventId).update();
	}

	void retryLater(String consumer, UUID eventId, Duration delay, String error) {
		jdbc.sql("""
				update event_delivery set next_attempt_at = now() + make_interval(secs => ?), last_error = ?
				where consumer = ? and event_id = ?
				""").params(delay.toMillis() / 1000.0, error, consumer, eventId).update();
	}

	void dead(String consumer, UUID eventId, String error) {
		jdbc.sql("update event_delivery set status = 'DEAD', last_error = ? where consumer = ? and event_id = ?")
			.params(error, consumer, eventId)
			.update();
	}

	List<DeadLetter> deadLetters() {
		return jdbc.sql("""
				select consumer, event_id, type, occurred_at, attempts, last_error from event_delivery
				where status = 'DEAD' order by occurred_at
				""")
			.query((rs, row) -> new DeadLetter(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getString(6)))
			.list();
	}

	boolean revive(String consumer, UUID eventId) {
		return jdbc.sql("""
				update event_delivery set status = 'PENDING', attempts = 0, next_attempt_at = now(), last_error = null
				where consumer = ? and event_id = ? and status = 'DEAD'
				""").params(consumer, eventId).update() == 1;
	}

	long pending() {
		return jdbc.sql("select count(*) from event_delivery where status = 'PENDING'").query(Long.class).single();
	}

	private Claimed claimed(ResultSet rs, int row) throws SQLException {
		Envelope envelope = new Envelope(rs.getObject("event_id", UUID.class), rs.getString("type"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getString("payload"),
				json.readValue(rs.getString("headers"), HEADERS));
		return new Claimed(rs.getString("consumer"), envelope, rs.getInt("attempts"));
	}

}
