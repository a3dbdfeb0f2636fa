package com.broadsheet.identity;

import java.util.Locale;
import java.util.Set;

/**
 * What makes a password acceptable: 12 to 200 characters, at least 6 different
 * characters, not one of the passwords attackers try first, and not built from the
 * account's own e-mail address. Long passphrases of ordinary words pass; length matters
 * more than symbols.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	private static final Set<String> COMMON = Set.of("password1234", "password12345", "password123456", "123456789012",
			"1234567890123", "qwertyuiopas", "qwerty123456", "123456789abc", "abc123456789", "iloveyou1234",
			"letmein12345", "welcome12345", "administrator", "changeme1234", "passw0rd1234", "broadsheet12",
			"broadsheet123", "broadsheet1234", "adminadmin12", "qwertyqwerty", "aaaaaaaaaaaa", "000000000000",
			"111111111111", "123123123123", "abcdefghijkl", "passwordpassword");

	private PasswordPolicy() {
	}

	/**
	 * @return why the password is refused, or {@code null} if it is acceptable
	 */
	static String problem(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return "Use at least " + MIN_LENGTH + " characters; a few ordinary words make a good one.";
		}
		if (password.length() > 200) {
			return "Use at most 200 characters.";
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (lower.chars().distinct().count() < 6) {
			return "Use more different characters.";
		}
		if (COMMON.contains(lower) || COMMON.stream()
			.anyMatch(common -> lower.startsWith(common.substring(0, 10)) && lower.length() <= common.length() + 2)) {
			return "This password is one of the first that attackers try; choose another.";
		}
		if (email != null) {
			String local = email.strip().toLowerCase(Locale.ROOT);
			int at = local.indexOf('@');
			if (at > 0) {
				local = local.substring(0, at);
			}
			if (local.length() >= 4 && lower.contains(local)) {
				return "Do not build the password from your e-mail address.";
			}
		}
		return null;
	}

}
