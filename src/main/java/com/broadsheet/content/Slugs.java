package com.broadsheet.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs: lower-case ASCII letters and digits separated by single hyphens. */
public final class Slugs {

	public static final int MAX_LENGTH = 80;

	private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	/**
	 * Derives a slug from free text: accents are folded ("Café" becomes "cafe", "ß"
	 * becomes "ss"), everything else that is not a letter or digit becomes a hyphen.
	 * @return a valid slug, or an empty string if the text has no letters or digits
	 */
	public static String slugify(String text) {
		String expanded = text.replace("ß", "ss")
			.replace("æ", "ae")
			.replace("Æ", "AE")
			.replace("œ", "oe")
			.replace("Œ", "OE")
			.replace("ø", "o")
			.replace("Ø", "O")
			.replace("ł", "l")
			.replace("Ł", "L")
			.replace("đ", "d")
			.replace("Đ", "D");
		String folded = MARKS.matcher(Normalizer.normalize(expanded, Normalizer.Form.NFKD)).replaceAll("");
		String slug = SEPARATORS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
		slug = trimHyphens(slug);
		if (slug.length() > MAX_LENGTH) {
			slug = trimHyphens(slug.substring(0, MAX_LENGTH));
		}
		return slug;
	}

	public static boolean isValid(String slug) {
		return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
	}

	private static String trimHyphens(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

}
