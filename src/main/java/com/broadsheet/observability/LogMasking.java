package com.broadsheet.observability;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Masks personal data in every string of every structured log line (message, exception,
 * MDC values): an e-mail address keeps its first character and its domain
 * ({@code j***@example.com}), enough to tell leads apart in an incident and useless to
 * anyone reading the logs for addresses. Lead names are never logged at all; this is the
 * safety net for what slips through (an SMTP error quoting a recipient, a validation
 * message). Registered with {@code logging.structured.json.customizer}, so it applies to
 * whichever format {@code logging.structured.format.console} selects.
 */
public final class LogMasking implements StructuredLoggingJsonMembersCustomizer<Object> {

	private static final Pattern EMAIL = Pattern
		.compile("([\\p{L}\\p{N}._%+'-])([\\p{L}\\p{N}._%+'-]*)@([\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)");

	@Override
	public void customize(JsonWriter.Members<Object> members) {
		members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, LogMasking::mask));
	}

	/** The text with every e-mail address masked. */
	public static String mask(String text) {
		if (text == null || text.indexOf('@') < 0) {
			return text;
		}
		Matcher matcher = EMAIL.matcher(text);
		StringBuilder masked = new StringBuilder(text.length());
		while (matcher.find()) {
			matcher.appendReplacement(masked, Matcher.quoteReplacement(matcher.group(1) + "***@" + matcher.group(3)));
		}
		matcher.appendTail(masked);
		return masked.toString();
	}

}
