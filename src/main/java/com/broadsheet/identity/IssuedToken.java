package com.broadsheet.identity;

/**
 * A freshly issued token.
 *
 * @param secret the bearer token itself; shown once, never stored
 */
public record IssuedToken(long id, String name, String secret) {
}
