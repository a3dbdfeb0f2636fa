package com.broadsheet.content;

/**
 * An article's cover image.
 *
 * @param url site-relative, content-hashed and immutable, e.g. {@code /media/ab12….png}
 * @param alt the text alternative shown to screen readers and when images are off
 */
public record Cover(String url, String alt) {
}
