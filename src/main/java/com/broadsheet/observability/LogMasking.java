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
 * <p>
 * One exception, made explicitly by the code that logs: an address that is configuration
 * rather than a visitor's data (the first admin's sign-in e-mail) can be shown in the
 * lines logged inside {@link #showing(String, Runnable)}.
 */
public final class LogMasking implements StructuredLoggingJsonMembersCustomizer<Object> {

	private static final Pattern EMAIL = Pattern
		.compile("([\\p{L}\\p{N}._%+'-])([\\p{L}\\p{N}._%+'-]*)@([\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)");

	/** The one address the lines being logged on this thread may show. */
	private static final ThreadLocal<String> SHOWN = new ThreadLocal<>();

	@Override
	public void customize(JsonWriter.Members<Object> members) {
		members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, LogMasking::mask));
	}

	/**
	 * Runs {@code logging} with {@code address} shown as written in the lines it logs;
	 * every other address in them is still masked, and so is this one everywhere else.
	 * Only for addresses that are configuration, never for what a visitor sent. Works
	 * because the console appender formats a line on the thread that logs it; an
	 * asynchronous appender would format it elsewhere and mask it like any address.
	 */
	public static void showing(String address, Runnable logging) {
		String previous = SHOWN.get();
		SHOWN.set(address);
		try {
			logging.run();
		}
		finally {
			if (previous == null) {
				SHOWN.remove();
			}
			else {
				SHOWN.set(previous);
			}
		}
	}

	/** The text with every e-mail address masked (but the one being shown, if any). */
	public static String mask(String text) {
		if (text == null || text.indexOf('@') < 0) {
			return text;
		}
		String shown = SHOWN.get();
		Matcher matcher = EMAIL.matcher(text);
		StringBuilder masked = new StringBuilder(text.length());
		while (matcher.find()) {
			String replacement = matcher.group().equalsIgnoreCase(shown) ? matcher.group()
					: matcher.group(1) + "***@" + matcher.group(3);
			matcher.appendReplacement(masked, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(masked);
		return masked.toString();
	}

}
