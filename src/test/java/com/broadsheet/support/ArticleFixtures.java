package com.broadsheet.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.broadsheet.content.ArticleDraft;
import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.content.Term;
import com.broadsheet.content.TermDraft;
import com.broadsheet.content.TermKind;

/**
 * Named builders for test articles, created through the same API editors use. Every
 * article gets a unique title and slug, so tests sharing a database never collide.
 */
public final class ArticleFixtures {

	private final ArticleEditor editor;

	private final Taxonomy taxonomy;

	public ArticleFixtures(ArticleEditor editor, Taxonomy taxonomy) {
		this.editor = editor;
		this.taxonomy = taxonomy;
	}

	public Builder publishedArticle() {
		return new Builder(true);
	}

	public Builder draftArticle() {
		return new Builder(false);
	}

	/** A new category, tag or author with a unique slug. */
	public Term term(TermKind kind, String namePrefix) {
		String name = namePrefix + " " + unique();
		return taxonomy.create(kind, new TermDraft(name, null, "About " + name));
	}

	public static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	public final class Builder {

		private final boolean published;

		private String title = "Test article " + unique();

		private String body = "## Heading\n\nSome body text with a [link](https://example.com).\n";

		private String summary = "A summary of the test article.";

		private String category = "architecture";

		private String author = "maya-lindqvist";

		private final List<String> tags = new ArrayList<>();

		private Builder(boolean published) {
			this.published = published;
		}

		public Builder titled(String title) {
			this.title = title;
			return this;
		}

		public Builder withBody(String markdown) {
			this.body = markdown;
			return this;
		}

		public Builder withSummary(String summary) {
			this.summary = summary;
			return this;
		}

		public Builder in(String categorySlug) {
			this.category = categorySlug;
			return this;
		}

		public Builder by(String authorSlug) {
			this.author = authorSlug;
			return this;
		}

		public Builder withTags(String... tags) {
			this.tags.addAll(List.of(tags));
			return this;
		}

		public ArticleDraft draft() {
			return new ArticleDraft(title, null, summary, body, category, author, tags);
		}

		public ArticleView create() {
			ArticleView created = editor.create(draft());
			return published ? editor.publish(created.id()) : created;
		}

	}

}
