package com.broadsheet.content;

import java.time.Instant;

/**
 * A signed address that shows an article's saved draft to anyone who has it, until it
 * expires.
 *
 * @param url absolute
 */
public record PreviewLink(String url, Instant expiresAt) {
}
