package com.broadsheet.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What the demo content loads ({@code src/main/resources/demo}), counted from the files
 * themselves, so a test that expects "the demo articles plus one" keeps passing when an
 * article is added to the demo.
 */
public final class DemoCatalog {

	private DemoCatalog() {
	}

	/**
	 * How many articles the demo content publishes (one per {@code demo/articles/*.md}).
	 */
	public static int articles() {
		try {
			return new PathMatchingResourcePatternResolver().getResources("classpath:demo/articles/*.md").length;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
