package com.broadsheet.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.broadsheet.web.PageRequest;
import com.broadsheet.web.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side. Each listing query is shaped to match one index (see the content
 * migration): status-partial indexes ordered by {@code published_at desc, id desc}, and
 * the tag index for tag pages. Totals for single-term listings come from the denormalized
 * counters instead of a count query.
 */
@Repository
class ArticleQueries {

	private static final String SUMMARY_COLUMNS = """
			select a.id, a.slug, a.title, a.summary, a.reading_minutes, a.published_at, a.updated_at,
			       a.tag_slugs, a.tag_names, c.slug as category_slug, c.name as category_name,
			       au.slug as author_slug, au.name as author_name, a.cover_sha256, a.cover_alt,
			       m.content_type as cover_type, m.size_bytes as cover_size
			""";

	private static final String FROM = """
			from article a
			join category c on c.id = a.category_id
			join author au on au.id = a.author_id
			left join media m on m.sha256 = a.cover_sha256
			""";

	private final JdbcClient jdbc;

	ArticleQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Ids already resolved from slugs; each may be {@code null}. */
	record Scope(Long categoryId, Long tagId, Long authorId) {

		int terms() {
			return (categoryId == null ? 0 : 1) + (tagId == null ? 0 : 1) + (authorId == null ? 0 : 1);
		}

	}

	List<ArticleSummary> published(Scope scope, long limit, long offset) {
		StringBuilder sql = new StringBuilder(SUMMARY_COLUMNS).append(FROM).append(" where a.status = 'PUBLISHED'");
		List<Object> params = new ArrayList<>();
		where(scope, sql, params);
		sql.append(" order by a.published_at desc, a.id desc limit ? offset ?");
		params.add(limit);
		params.add(offset);
		return jdbc.sql(sql.toString()).params(params).query(ArticleQueries::summary).list();
	}

	/**
	 * Every published article is in exactly one category, so the categories' counters add
	 * up to the total: no scan over the articles.
	 */
	long countAllPublished() {
		return jdbc.sql("select coalesce(sum(published_count), 0) from category").query(Long.class).single();
	}

	long countPublished(Scope scope) {
		StringBuilder sql = new StringBuilder("select count(*) from article a where a.status = 'PUBLISHED'");
		List<Object> params = new ArrayList<>();
		where(scope, sql, params);
		return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

	Optional<ArticleDetail> publishedBySlug(String slug) {
		return jdbc.sql(SUMMARY_COLUMNS + ", a.body_html " + FROM + " where a.slug = ? and a.status = 'PUBLISHED'")
			.param(slug)
			.query((rs, row) -> {
				ArticleSummary s = summary(rs, row);
				return new ArticleDetail(s.id(), s.slug(), s.title(), s.summary(), s.category(), s.author(), s.tags(),
						s.readingMinutes(), s.publishedAt(), s.updatedAt(), rs.getString("body_html"), s.cover());
			})
			.optional();
	}

	List<ArticleLocation> allPublishedLocations() {
		return jdbc.sql("""
				select slug, updated_at from article where status = 'PUBLISHED'
				order by published_at desc, id desc
				""")
			.query((rs, row) -> new ArticleLocation(rs.getString(1), Articles.instant(rs, "updated_at")))
			.list();
	}

	Map<ArticleStatus, Long> countByStatus(String authorSlug) {
		Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
		for (ArticleStatus status : ArticleStatus.values()) {
			counts.put(status, 0L);
		}
		String sql = "select status, count(*) from article a"
				+ (authorSlug == null ? "" : " where a.author_id = (select id from author where slug = ?)")
				+ " group by status";
		var statement = jdbc.sql(sql);
		if (authorSlug != null) {
			statement = statement.param(authorSlug);
		}
		statement.query(rs -> {
			counts.put(ArticleStatus.valueOf(rs.getString(1)), rs.getLong(2));
		});
		return counts;
	}

	ResultPage<ArticleView> forEditors(ArticleStatus status, String authorSlug, PageRequest page) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		if (status != null) {
			where.append(" and a.status = ?");
			params.add(status.name());
		}
		if (authorSlug != null) {
			where.append(" and a.author_id = (select id from author where slug = ?)");
			params.add(authorSlug);
		}
		long total = jdbc.sql("select count(*) from article a" + where).params(params).query(Long.class).single();
		params.add(page.size());
		params.add(page.offset());
		List<ArticleView> items = jdbc
			.sql(SUMMARY_COLUMNS + ", a.status, a.scheduled_at, a.created_at, a.version " + FROM + where
					+ " order by a.updated_at desc, a.id desc limit ? offset ?")
			.params(params)
			.query((rs, row) -> {
				ArticleSummary s = summary(rs, row);
				return new ArticleView(s.id(), s.title(), s.slug(), s.summary(), null, null, s.category(), s.author(),
						s.tags(), ArticleStatus.valueOf(rs.getString("status")), s.publishedAt(),
						Articles.instant(rs, "scheduled_at"), s.readingMinutes(), Articles.instant(rs, "created_at"),
						s.updatedAt(), rs.getInt("version"), s.cover());
			})
			.list();
		return new ResultPage<>(items, page.number(), page.size(), total);
	}

	private static void where(Scope scope, StringBuilder sql, List<Object> params) {
		if (scope.categoryId() != null) {
			sql.append(" and a.category_id = ?");
			params.add(scope.categoryId());
		}
		if (scope.authorId() != null) {
			sql.append(" and a.author_id = ?");
			params.add(scope.authorId());
		}
		if (scope.tagId() != null) {
			sql.append(" and a.id in (select at.article_id from article_tag at where at.tag_id = ?)");
			params.add(scope.tagId());
		}
	}

	static ArticleSummary summary(ResultSet rs, int row) throws SQLException {
		String[] slugs = Articles.strings(rs, "tag_slugs");
		String[] names = Articles.strings(rs, "tag_names");
		List<TagRef> tags = new ArrayList<>(slugs.length);
		for (int i = 0; i < slugs.length; i++) {
			tags.add(new TagRef(slugs[i], i < names.length ? names[i] : slugs[i]));
		}
		return new ArticleSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
				rs.getString("summary"), new CategoryRef(rs.getString("category_slug"), rs.getString("category_name")),
				new AuthorRef(rs.getString("author_slug"), rs.getString("author_name")), tags,
				rs.getInt("reading_minutes"), Articles.instant(rs, "published_at"), Articles.instant(rs, "updated_at"),
				Articles.cover(rs));
	}

}
