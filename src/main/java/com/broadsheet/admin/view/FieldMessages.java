package com.broadsheet.admin.view;

/**
 * How a field's error reads under the field. Validation messages come in two kinds: a
 * predicate that needs its subject ("is required", "must be at most 80 characters") and a
 * whole sentence ("This password is one of the first that attackers try; choose
 * another."). The first gets the field's label in front, the second stands alone, so
 * neither reads as "Password This password is…".
 */
public final class FieldMessages {

	private FieldMessages() {
	}

	/**
	 * @param label the field as the form names it ("Title")
	 * @param message the validation message, or {@code null}
	 * @return a sentence, or {@code null} when there is no message
	 */
	public static String sentence(String label, String message) {
		if (message == null || message.isBlank()) {
			return null;
		}
		String text = Character.isUpperCase(message.codePointAt(0)) ? message : label + " " + message;
		return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
	}

}
