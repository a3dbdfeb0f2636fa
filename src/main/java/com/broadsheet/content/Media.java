package com.broadsheet.content;

/**
 * A stored image.
 *
 * @param sha256 hex SHA-256 of the bytes: its identity
 * @param contentType the type detected from the bytes, never the one a client claimed
 */
public record Media(String sha256, String contentType, int size) {

	/** The immutable public URL: {@code /media/<sha256>.<ext>}. */
	public String url() {
		return "/media/" + sha256 + "." + MediaLibrary.extension(contentType);
	}

}
