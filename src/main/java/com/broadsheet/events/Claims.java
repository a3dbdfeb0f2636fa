package com.broadsheet.events;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which consumer has handled which event. A claim is taken before the side effect and
 * marked done after it, each in its own short transaction, so no connection is held while
 * a consumer talks to a mail server or a webhook receiver.
 */
@Repository
class Claims {

	private final JdbcClient jdbc;

	Claims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return {@code true} if the caller may handle the event now; {@code false} if it
	 * was already handled, or another delivery is handling it within the lease
	 */
	boolean claim(String consumer, UUID eventId, Duration lease) {
		return jdbc.sql("""
				insert into consumed_event (consumer, event_id, status, claimed_at) values (?, ?, 'PROCESSING', now())
				on conflict (consumer, event_id) do update set claimed_at = now()
				where consumed_event.status = 'PROCESSING'
				  and consumed_event.claimed_at < now() - make_interval(secs => ?)
				""").params(consumer, eventId, lease.toMillis() / 1000.0).update() == 1;
	}

	void complete(String consumer, UUID eventId) {
		jdbc.sql("update consumed_event set status = 'DONE' where consumer = ? and event_id = ?")
			.params(consumer, eventId)
			.update();
	}

	/** Gives the event back after a failed attempt, so the retry may handle it. */
	void release(String consumer, UUID eventId) {
		jdbc.sql("delete from consumed_event where consumer = ? and event_id = ? and status = 'PROCESSING'")
			.params(consumer, eventId)
			.update();
	}

	int deleteDoneBefore(Instant cutoff) {
		return jdbc.sql("delete from consumed_event where status = 'DONE' and claimed_at < ?")
			.param(java.sql.Timestamp.from(cutoff))
			.update();
	}

}
