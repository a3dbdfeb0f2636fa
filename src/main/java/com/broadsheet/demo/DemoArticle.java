package com.broadsheet.demo;

import java.util.List;
import java.util.Map;

import com.broadsheet.content.ArticleDraft;
import org.yaml.snakeyaml.Yaml;

/**
 * One demo article file: YAML front matter between {@code ---} lines, then Markdown.
 *
 * @param daysAgo how long before the first start it counts as published
 */
record DemoArticle(String file, ArticleDraft draft, int daysAgo) {

	private static final String FENCE = "---";

	@SuppressWarnings("unchecked")
	static DemoArticle parse(String file, String text) {
		String normalized = text.replace("\r\n", "\n");
		if (!normalized.startsWith(FENCE + "\n")) {
			throw new IllegalArgumentException(file + ": missing front matter");
		}
		int end = normalized.indexOf("\n" + FENCE + "\n", FENCE.length());
		if (end < 0) {
			throw new IllegalArgumentException(file + ": unterminated front matter");
		}
		Map<String, Object> front = new Yaml().load(normalized.substring(FENCE.length() + 1, end));
		String body = normalized.substring(end + FENCE.length() + 2).strip() + "\n";
		ArticleDraft draft = new ArticleDraft((String) front.get("title"), (String) front.get("slug"),
				(String) front.get("summary"), body, (String) front.get("category"), (String) front.get("author"),
				(List<String>) front.getOrDefault("tags", List.of()));
		return new DemoArticle(file, draft, (Integer) front.get("daysAgo"));
	}

}
