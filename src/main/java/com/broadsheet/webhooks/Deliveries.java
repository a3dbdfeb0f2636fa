package com.broadsheet.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Deliveries {

	private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Deliveries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A claimed delivery with everything needed to attempt it. */
	record Due(long id, long endpointId, String url, String secret, UUID eventId, String eventType, String body,
			int attempt, Instant windowStartedAt, Map<String, String> traceHeaders) {
	}

	/**
	 * @return whether a new delivery was created (false if it already existed)
	 */
	boolean enqueue(long endpointId, UUID eventId, String eventType, String body, Map<String, String> traceHeaders) {
		return jdbc.sql("""
				insert into webhook_delivery (endpoint_id, event_id, event_type, body, status, next_attempt_at,
				                              window_started_at, trace_headers)
				values (?, ?, ?, ?, 'PENDING', now(), now(), ?::jsonb)
				on conflict (endpoint_id, event_id) do nothing
				""").params(endpointId, eventId, eventType, body, json.writeValueAsString(traceHeaders)).update() == 1;
	}

	/**
	 * Claims due deliveries, oldest due first, by pushing their next attempt a lease into
	 * the future, so no other instance sends them while this one does; a crashed attempt
	 * comes back after the lease. Claims per endpoint: at most {@code perEndpoint} minus
	 * what the endpoint already has {@code running} here, so a backlog on one endpoint
	 * never fills the batch.
	 * @param running endpoint id to attempts this instance is running for it
	 */
	List<Due> claimDue(int limit, int perEndpoint, Map<Long, Integer> running, Duration lease) {
		List<Map.Entry<Long, Integer>> busy = List.copyOf(running.entrySet());
		return jdbc.sql("""
				update webhook_delivery d set attempts = d.attempts + 1,
				       next_attempt_at = now() + make_interval(secs => ?)
				from (select due.id from webhook_endpoint e
				      left join unnest(?::bigint[], ?::int[]) as busy(endpoint_id, running) on busy.endpoint_id = e.id
				      cross join lateral (
				          select w.id, w.next_attempt_at from webhook_delivery w
				          where w.endpoint_id = e.id and w.status = 'PENDING' and w.next_attempt_at <= now()
				          order by w.next_attempt_at limit greatest(? - coalesce(busy.running, 0), 0)
				          for update skip locked) due
				      order by due.next_attempt_at limit ?) claimed, webhook_endpoint endpoint
				where d.id = claimed.id and endpoint.id = d.endpoint_id
				returning d.id, d.endpoint_id, endpoint.url, endpoint.secret, d.event_id, d.event_type, d.body,
				          d.attempts, d.window_started_at, d.trace_headers::text
				""")
			.params(lease.toMillis() / 1000.0, busy.stream().map(Map.Entry::getKey).toArray(Long[]::new),
					busy.stream().map(Map.Entry::getValue).toArray(Integer[]::new), perEndpoint, limit)
			.query((rs, row) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getInt(8),
					rs.getTimestamp(9).toInstant(), json.readValue(rs.getString(10), HEADERS)))
			.list();
	}

	void recordAttempt(long deliveryId, int attempt, Instant at, Integer statusCode, long latencyMillis, String error) {
		jdbc.sql("""
				insert into webhook_attempt (delivery_id, attempt, attempted_at, status_code, latency_ms, error)
				values (?, ?, ?, ?, ?, ?)
				""").params(deliveryId, attempt, Timestamp.from(at), statusCode, (int) latencyMillis, error).update();
	}

	void delivered(long id, int statusCode) {
		jdbc.sql("""
				update webhook_delivery set status = 'DELIVERED', delivered_at = now(), last_status_code = ?,
				       last_error = null where id = ?
				""").params(statusCode, id).update();
	}

	void retryIn(long id, Duration delay, Integer statusCode, String error) {
		jdbc.sql("""
				update webhook_delivery set next_attempt_at = now() + make_interval(secs => ?), last_status_code = ?,
				       last_error = ? where id = ?
				""").params(delay.toMillis() / 1000.0, statusCode, error, id).update();
	}

	void failed(long id, Integer statusCode, String error) {
		jdbc.sql("update webhook_delivery set status = 'FAILED', last_status_code = ?, last_error = ? where id = ?")
			.params(statusCode, error, id)
			.update();
	}

	/** Starts a fresh retry window for a delivery, whatever its state. */
	boolean redeliver(long endpointId, long id) {
		return jdbc.sql("""
				update webhook_delivery set status = 'PENDING', next_attempt_at = now(), window_started_at = now(),
				       delivered_at = null where id = ? and endpoint_id = ?
				""").params(id, endpointId).update() == 1;
	}

	/** The newest deliveries of an endpoint, each with its attempts in order. */
	List<DeliveryLog> log(long endpointId, int limit) {
		Map<Long, DeliveryLog> byId = new LinkedHashMap<>();
		jdbc.sql("""
				select id, endpoint_id, event_id, event_type, status, attempts, created_at, delivered_at,
				       next_attempt_at from webhook_delivery where endpoint_id = ?
				order by created_at desc, id desc limit ?
				""").params(endpointId, limit).query(rs -> {
			byId.put(rs.getLong("id"), delivery(rs, List.of()));
		});
		if (byId.isEmpty()) {
			return List.of();
		}
		Map<Long, List<DeliveryLog.Attempt>> attempts = new LinkedHashMap<>();
		jdbc.sql("""
				select delivery_id, attempt, attempted_at, status_code, latency_ms, error from webhook_attempt
				where delivery_id = any(?) order by delivery_id, attempt, id
				""").param(byId.keySet().toArray(Long[]::new)).query(rs -> {
			attempts.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
				.add(new DeliveryLog.Attempt(rs.getInt(2), rs.getTimestamp(3).toInstant(), (Integer) rs.getObject(4),
						rs.getInt(5), rs.getString(6)));
		});
		return byId.values()
			.stream()
			.map(d -> new DeliveryLog(d.id(), d.endpointId(), d.eventId(), d.eventType(), d.status(), d.attempts(),
					d.createdAt(), d.deliveredAt(), d.nextAttemptAt(), attempts.getOrDefault(d.id(), List.of())))
			.toList();
	}

	Optional<Long> endpointOf(long deliveryId) {
		return jdbc.sql("select endpoint_id from webhook_delivery where id = ?")
			.param(deliveryId)
			.query(Long.class)
			.optional();
	}

	private static DeliveryLog delivery(ResultSet rs, List<DeliveryLog.Attempt> attempts) throws SQLException {
		return new DeliveryLog(rs.getLong("id"), rs.getLong("endpoint_id"), rs.getObject("event_id", UUID.class),
				rs.getString("event_type"), rs.getString("status"), rs.getInt("attempts"),
				rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("delivered_at") == null ? null : rs.getTimestamp("delivered_at").toInstant(),
				rs.getTimestamp("next_attempt_at").toInstant(), attempts);
	}

}
