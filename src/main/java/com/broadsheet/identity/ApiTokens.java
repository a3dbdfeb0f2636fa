package com.broadsheet.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.broadsheet.web.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admin API tokens. A token is 256 random bits shown once at creation; only its SHA-256
 * is stored, so a database leak yields no usable token. A token acts as the account that
 * owns it.
 */
@Service
@Transactional
public class ApiTokens {

	static final String PREFIX = "bs_";

	/** Recording every use would write on every API call; a minute is precise enough. */
	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Issues a new token for an account.
	 * @return the token with its secret, which is not stored and cannot be shown again
	 */
	public IssuedToken issue(long accountId, String name) {
		return issue(accountId, name, TokenScope.WRITE);
	}

	/**
	 * Issues a new token for an account, limited to {@code scope}.
	 * @return the token with its secret, which is not stored and cannot be shown again
	 */
	public IssuedToken issue(long accountId, String name, TokenScope scope) {
		if (name == null || name.isBlank() || name.length() > 80) {
			throw InvalidInput.of("name", "Give the token a name of at most 80 characters.");
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		long id = store(accountId, name.strip(), secret, scope);
		return new IssuedToken(id, name.strip(), secret);
	}

	/**
	 * Makes sure a token chosen by the operator (provisioning, CI) exists for the
	 * account.
	 */
	void provision(long accountId, String secret) {
		boolean exists = jdbc.sql("select exists (select 1 from api_token where token_hash = ?)")
			.param(hash(secret))
			.query(Boolean.class)
			.single();
		if (!exists) {
			store(accountId, "Provisioned (broadsheet.admin.api-token)", secret, TokenScope.WRITE);
		}
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> all() {
		return jdbc.sql("""
				select t.id, t.name, t.prefix, u.email, t.created_at, t.last_used_at, t.revoked_at, t.scope
				from api_token t join app_user u on u.id = t.user_id order by t.created_at desc
				""")
			.query((rs, row) -> new ApiTokenView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
					TokenScope.of(rs.getString(8))))
			.list();
	}

	/** Revokes at once; idempotent. */
	public void revoke(long tokenId) {
		jdbc.sql("update api_token set revoked_at = coalesce(revoked_at, ?) where id = ?")
			.params(Timestamp.from(clock.instant()), tokenId)
			.update();
	}

	/** A valid token: the account it acts as, and what it may do. */
	record Grant(Editor editor, TokenScope scope) {
	}

	/** The account behind a valid, unrevoked token of an enabled account. */
	Optional<Grant> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		record Match(long tokenId, Instant lastUsed, Editor editor, TokenScope scope) {
		}
		Optional<Match> match = jdbc.sql("""
				select t.id as token_id, t.last_used_at, t.scope, u.id, u.email, u.display_name, u.role, u.author_slug,
				       u.enabled, u.password_hash
				from api_token t join app_user u on u.id = t.user_id
				where t.token_hash = ? and t.revoked_at is null and u.enabled
				""")
			.param(hash(secret))
			.query((rs, row) -> new Match(rs.getLong("token_id"), instant(rs.getTimestamp("last_used_at")),
					Accounts.map(rs, row), TokenScope.of(rs.getString("scope"))))
			.optional();
		match.ifPresent(m -> {
			Instant now = clock.instant();
			if (m.lastUsed() == null || m.lastUsed().plus(LAST_USED_RESOLUTION).isBefore(now)) {
				jdbc.sql("update api_token set last_used_at = ? where id = ?")
					.params(Timestamp.from(now), m.tokenId())
					.update();
			}
			m.editor().eraseCredentials();
		});
		return match.map(m -> new Grant(m.editor(), m.scope()));
	}

	private long store(long accountId, String name, String secret, TokenScope scope) {
		return jdbc.sql("""
				insert into api_token (user_id, name, token_hash, prefix, scope) values (?, ?, ?, ?, ?) returning id
				""")
			.params(accountId, name, hash(secret), secret.substring(0, Math.min(10, secret.length())), scope.column())
			.query(Long.class)
			.single();
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
