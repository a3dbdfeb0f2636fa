package com.broadsheet.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves uploaded images by their content hash. A name can only ever mean these bytes, so
 * they are cached for a year and marked immutable; the type is the detected one and
 * browsers are told not to sniff another.
 */
@RestController
class MediaFiles {

	private static final Pattern NAME = Pattern.compile("([0-9a-f]{64})\\.(png|jpg|gif|webp)");

	private final MediaLibrary library;

	MediaFiles(MediaLibrary library) {
		this.library = library;
	}

	@GetMapping("/media/{file}")
	ResponseEntity<byte[]> file(@PathVariable String file) {
		Matcher name = NAME.matcher(file);
		if (!name.matches()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		return library.find(name.group(1))
			.filter(stored -> stored.media().url().equals("/media/" + file))
			.map(stored -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(stored.media().contentType()))
				.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable())
				.eTag("\"" + stored.media().sha256() + "\"")
				.header("X-Content-Type-Options", "nosniff")
				.header("Content-Disposition", "inline")
				.body(stored.bytes()))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
	}

}
