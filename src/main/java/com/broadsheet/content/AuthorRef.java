package com.broadsheet.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

public record AuthorRef(String slug, String name) {

	/** Up to two initials for the avatar badge: "Ada Lovelace" gives "AL". */
	public String initials() {
		String initials = Arrays.stream(name.strip().split("\\s+"))
			.filter(part -> !part.isEmpty() && Character.isLetter(part.codePointAt(0)))
			.map(part -> new String(Character.toChars(part.codePointAt(0))))
			.collect(Collectors.joining());
		if (initials.isEmpty()) {
			return "?";
		}
		String first = initials.substring(0, initials.offsetByCodePoints(0, 1));
		String last = initials.codePointCount(0, initials.length()) > 1
				? initials.substring(initials.offsetByCodePoints(0, initials.codePointCount(0, initials.length()) - 1))
				: "";
		return (first + last).toUpperCase(Locale.ROOT);
	}

}
