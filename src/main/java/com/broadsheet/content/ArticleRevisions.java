package com.broadsheet.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores revisions, in the transaction of the save they record. A save that leaves the
 * text as the newest revision has it keeps no new one, so publishing or changing the
 * cover adds nothing to the history.
 */
@Repository
class ArticleRevisions {

	private static final String SELECT = """
			select id, article_id, article_version, saved_at, saved_by, title, slug, summary, body_markdown,
			       category, author, tags, restored_from
			from article_revision
			""";

	private final JdbcClient jdbc;

	ArticleRevisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps what {@code article} says now, unless the newest revision says the same. */
	void record(Article article, String savedBy, Instant at, Long restoredFrom) {
		Article.Content content = article.content();
		String[] tags = content.tags().stream().map(Article.Ref::slug).toArray(String[]::new);
		Optional<ArticleRevision> newest = newest(article.id());
		if (restoredFrom == null && newest.isPresent() && sameText(newest.get(), content, tags)) {
			return;
		}
		jdbc.sql("""
				insert into article_revision (article_id, article_version, saved_at, saved_by, title, slug, summary,
				                              body_markdown, category, author, tags, restored_from)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(article.id(), article.version(), Articles.timestamp(at), savedBy, content.title(), content.slug(),
					content.summary(), content.bodyMarkdown(), content.category().slug(), content.author().slug(), tags,
					restoredFrom)
			.update();
	}

	private static boolean sameText(ArticleRevision newest, Article.Content content, String[] tags) {
		return newest.title().equals(content.title()) && newest.slug().equals(content.slug())
				&& newest.summary().equals(content.summary()) && newest.bodyMarkdown().equals(content.bodyMarkdown())
				&& newest.category().equals(content.category().slug())
				&& newest.author().equals(content.author().slug()) && newest.tags().equals(Arrays.asList(tags));
	}

	Optional<ArticleRevision> newest(long articleId) {
		return jdbc.sql(SELECT + " where article_id = ? order by saved_at desc, id desc limit 1")
			.param(articleId)
			.query(ArticleRevisions::map)
			.optional();
	}

	/** Newest first. */
	List<ArticleRevision> of(long articleId) {
		return jdbc.sql(SELECT + " where article_id = ? order by saved_at desc, id desc")
			.param(articleId)
			.query(ArticleRevisions::map)
			.list();
	}

	Optional<ArticleRevision> find(long articleId, long revisionId) {
		return jdbc.sql(SELECT + " where id = ? and article_id = ?")
			.params(revisionId, articleId)
			.query(ArticleRevisions::map)
			.optional();
	}

	/**
	 * Removes revisions saved before {@code keepAllSince}, except the last one of each
	 * day (UTC) of each article, and never an article's newest.
	 * @return how many were removed
	 */
	int prune(Instant keepAllSince) {
		return jdbc
			.sql("""
					delete from article_revision r
					where r.saved_at < ?
					  and exists (select 1 from article_revision later
					              where later.article_id = r.article_id
					                and (later.saved_at, later.id) > (r.saved_at, r.id)
					                and later.saved_at < (date_trunc('day', r.saved_at at time zone 'UTC') + interval '1 day')
					                                     at time zone 'UTC')
					""")
			.param(Articles.timestamp(keepAllSince))
			.update();
	}

	private static ArticleRevision map(ResultSet rs, int row) throws SQLException {
		Long restoredFrom = rs.getObject("restored_from", Long.class);
		return new ArticleRevision(rs.getLong("id"), rs.getLong("article_id"), rs.getInt("article_version"),
				Articles.instant(rs, "saved_at"), rs.getString("saved_by"), rs.getString("title"), rs.getString("slug"),
				rs.getString("summary"), rs.getString("body_markdown"), rs.getString("category"),
				rs.getString("author"), List.of(Articles.strings(rs, "tags")), restoredFrom);
	}

}
