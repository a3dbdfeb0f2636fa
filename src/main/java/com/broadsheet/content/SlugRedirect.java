package com.broadsheet.content;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answer at an article's old address: {@code 301} to where it lives now. Browsers
 * keep a 301 without caching headers for as long as they like, and the old slug may
 * change meaning (the article moves back, or another article takes the address over), so
 * it is cacheable for a minute only and names the old slug's surrogate key, which both of
 * those changes purge. The page cache never stores it: it keeps only 200s.
 */
public final class SlugRedirect {

	private SlugRedirect() {
	}

	/** A 301 from the article formerly at {@code oldSlug} to {@code location}. */
	public static <T> ResponseEntity<T> to(String location, String oldSlug) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.header(HttpHeaders.LOCATION, location)
			.header(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
			.header(SurrogateKeys.HEADER, SurrogateKeys.header(List.of(SurrogateKeys.article(oldSlug))))
			.build();
	}

}
