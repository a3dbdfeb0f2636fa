package com.broadsheet.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates read on pages. Times are shown in UTC, the zone everything is stored in. */
public final class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter
		.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
		.withZone(ZoneOffset.UTC);

	private Formats() {
	}

	/** "28 Nov 2026", or an empty string for {@code null}. */
	public static String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant);
	}

	/** "28 Nov 2026, 14:05 UTC", or an empty string for {@code null}. */
	public static String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

	/** "2026-11-28", for {@code <time datetime>}. */
	public static String isoDate(Instant instant) {
		return instant == null ? "" : ISO_DATE.format(instant);
	}

	/** "1 lead", "2 leads", "0 leads". */
	public static String count(long count, String one, String many) {
		return count + " " + (count == 1 ? one : many);
	}

	/** The value of a {@code datetime-local} input, in UTC. */
	public static String inputDateTime(Instant instant) {
		return instant == null ? "" : INPUT.format(instant);
	}

}
