package com.broadsheet.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * Reads the token of {@code Authorization: Bearer <token>} the way RFC 6750 spells it:
 * the scheme in any case, then whitespace (spaces or tabs), then the token. Everything
 * that decides by the token (authentication, the Admin API's rate limit) reads it here,
 * so two spellings of one header can never count as two tokens.
 */
public final class BearerTokens {

	private static final String SCHEME = "bearer";

	private BearerTokens() {
	}

	/**
	 * @return the token, or {@code null} if the request carries no bearer token
	 */
	public static String of(HttpServletRequest request) {
		return parse(request.getHeader(HttpHeaders.AUTHORIZATION));
	}

	static String parse(String header) {
		if (header == null) {
			return null;
		}
		String value = header.strip();
		if (value.length() <= SCHEME.length() || !value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
				|| !Character.isWhitespace(value.charAt(SCHEME.length()))) {
			return null;
		}
		String token = value.substring(SCHEME.length()).strip();
		return token.isEmpty() ? null : token;
	}

}
