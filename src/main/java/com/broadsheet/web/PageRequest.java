package com.broadsheet.web;

/**
 * A validated, 1-based page of a listing.
 *
 * @param number the page number, at least 1
 * @param size items per page, at least 1
 */
public record PageRequest(int number, int size) {

	/** Deep offsets cost a scan each; nobody reads page 10,001 of a blog. */
	public static final int MAX_PAGE = 10_000;

	public PageRequest {
		if (number < 1 || number > MAX_PAGE || size < 1) {
			throw new InvalidRequest("page must be a whole number from 1 to " + MAX_PAGE);
		}
	}

	/**
	 * Parses a {@code ?page=} parameter.
	 * @param raw the raw value, {@code null} or blank meaning page 1
	 * @throws InvalidRequest (400) for anything but a whole number from 1 to
	 * {@value #MAX_PAGE}
	 */
	public static PageRequest parse(String raw, int size) {
		if (raw == null || raw.isBlank()) {
			return new PageRequest(1, size);
		}
		String trimmed = raw.strip();
		if (trimmed.length() > 6 || !trimmed.chars().allMatch(Character::isDigit)) {
			throw new InvalidRequest("page must be a whole number from 1 to " + MAX_PAGE);
		}
		return new PageRequest(Integer.parseInt(trimmed), size);
	}

	public long offset() {
		return (long) (number - 1) * size;
	}

}
