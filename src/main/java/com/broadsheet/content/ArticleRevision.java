package com.broadsheet.content;

import java.time.Instant;
import java.util.List;

/**
 * What an article said after one save.
 *
 * @param articleVersion the article's version right after the save
 * @param savedBy who saved it, or {@code null} for imports and demo content
 * @param restoredFrom the revision this save brought back, or {@code null}
 */
public record ArticleRevision(long id, long articleId, int articleVersion, Instant savedAt, String savedBy,
		String title, String slug, String summary, String bodyMarkdown, String category, String author,
		List<String> tags, Long restoredFrom) {

	public ArticleRevision {
		tags = List.copyOf(tags);
	}

	/** Who saved it, as a page says it. */
	public String savedByName() {
		return savedBy == null ? "an import" : savedBy;
	}

}
