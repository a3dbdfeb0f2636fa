package com.broadsheet.admin;

import java.util.LinkedHashSet;
import java.util.Set;

import com.broadsheet.content.ArticleView;

import org.springframework.http.ETag;

/**
 * An article's version as an HTTP entity tag ({@code "7"}), and back: the Admin API's
 * conditional writes. Parsing is Spring's ({@link ETag#parse}).
 */
final class ArticleVersionTags {

	private ArticleVersionTags() {
	}

	static String of(ArticleView article) {
		return "\"" + article.version() + "\"";
	}

	/**
	 * The versions an {@code If-Match} header accepts: {@code null} when there is no
	 * header or it is {@code *} (any version will do); weak and foreign tags match
	 * nothing, as {@code If-Match} compares strongly.
	 */
	static Set<Integer> versions(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		Set<Integer> versions = new LinkedHashSet<>();
		for (ETag tag : ETag.parse(ifMatch)) {
			if (tag.isWildcard()) {
				return null;
			}
			if (!tag.weak() && tag.tag().matches("\\d{1,9}")) {
				versions.add(Integer.parseInt(tag.tag()));
			}
		}
		return versions;
	}

}
