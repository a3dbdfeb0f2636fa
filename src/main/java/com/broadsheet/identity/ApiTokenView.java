package com.broadsheet.identity;

import java.time.Instant;

/**
 * A token as listed in the admin: never the secret, only its first characters.
 *
 * @param lastUsedAt to the minute, or {@code null} if never used
 * @param revokedAt {@code null} while the token is valid
 */
public record ApiTokenView(long id, String name, String prefix, String ownerEmail, Instant createdAt,
		Instant lastUsedAt, Instant revokedAt, TokenScope scope) {

	public boolean active() {
		return revokedAt == null;
	}

}
