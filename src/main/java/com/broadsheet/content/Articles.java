package com.broadsheet.content;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.broadsheet.web.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the article aggregate. Saving also keeps the denormalized data correct: the tag
 * arrays on the article, and the published counts of every category, author and tag the
 * article belonged to before or after the change. Recorded events are published last,
 * inside the same transaction.
 */
@Repository
class Articles {

	private static final String SELECT = """
			select a.id, a.slug, a.title, a.summary, a.body_markdown, a.body_html, a.reading_minutes, a.status,
			       a.published_at, a.scheduled_at, a.created_at, a.updated_at, a.version,
			       c.id as category_id, c.slug as category_slug, c.name as category_name,
			       au.id as author_id, au.slug as author_slug, au.name as author_name,
			       coalesce((select array_agg(t.id order by array_position(a.tag_slugs, t.slug)) from article_tag at join tag t on t.id = at.tag_id
			                 where at.article_id = a.id), '{}') as tag_ids,
			       a.tag_slugs, a.tag_names, a.cover_sha256, a.cover_alt, m.content_type as cover_type,
			       m.size_bytes as cover_size
			from article a
			join category c on c.id = a.category_id
			join author au on au.id = a.author_id
			left join media m on m.sha256 = a.cover_sha256
			""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Articles(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	Optional<Article> findById(long id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(Articles::map).optional();
	}

	/** Loads and row-locks the article until the transaction ends. */
	Optional<Article> lockById(long id) {
		return jdbc.sql(SELECT + " where a.id = ? for update of a").param(id).query(Articles::map).optional();
	}

	void save(Article article) {
		Set<Long> categories = new TreeSet<>(Set.of(article.content().category().id()));
		Set<Long> authors = new TreeSet<>(Set.of(article.content().author().id()));
		Set<Long> tags = new TreeSet<>(article.content().tags().stream().map(Article.Ref::id).toList());
		try {
			if (article.id() == null) {
				insert(article);
			}
			else {
				addCurrentMemberships(article.id(), categories, authors, tags);
				update(article);
			}
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInput.of("slug", "is already used by another article");
		}
		replaceTags(article);
		recountPublished(categories, authors, tags);
		article.pullEvents().forEach(events::publishEvent);
	}

	void delete(Article article) {
		Set<Long> categories = new TreeSet<>();
		Set<Long> authors = new TreeSet<>();
		Set<Long> tags = new TreeSet<>();
		addCurrentMemberships(article.id(), categories, authors, tags);
		jdbc.sql("delete from article where id = ?").param(article.id()).update();
		recountPublished(categories, authors, tags);
		article.pullEvents().forEach(events::publishEvent);
	}

	private void insert(Article article) {
		Article.Content content = article.content();
		long id = jdbc.sql("""
				insert into article (slug, title, summary, body_markdown, body_html, reading_minutes, tag_slugs,
				                     tag_names, category_id, author_id, status, published_at, scheduled_at,
				                     created_at, updated_at, cover_sha256, cover_alt)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id
				""")
			.params(content.slug(), content.title(), content.summary(), content.bodyMarkdown(), article.bodyHtml(),
					article.readingMinutes(), tagSlugs(content), tagNames(content), content.category().id(),
					content.author().id(), article.status().name(), timestamp(article.publishedAt()),
					timestamp(article.scheduledAt()), timestamp(article.createdAt()), timestamp(article.updatedAt()),
					coverSha(article), article.coverAlt())
			.query(Long.class)
			.single();
		article.assignId(id);
	}

	private void update(Article article) {
		Article.Content content = article.content();
		int rows = jdbc.sql("""
				update article set slug = ?, title = ?, summary = ?, body_markdown = ?, body_html = ?,
				       reading_minutes = ?, tag_slugs = ?, tag_names = ?, category_id = ?, author_id = ?,
				       status = ?, published_at = ?, scheduled_at = ?, updated_at = ?, cover_sha256 = ?, cover_alt = ?,
				       version = version + 1
				where id = ? and version = ?
				""")
			.params(content.slug(), content.title(), content.summary(), content.bodyMarkdown(), article.bodyHtml(),
					article.readingMinutes(), tagSlugs(content), tagNames(content), content.category().id(),
					content.author().id(), article.status().name(), timestamp(article.publishedAt()),
					timestamp(article.scheduledAt()), timestamp(article.updatedAt()), coverSha(article),
					article.coverAlt(), article.id(), article.version())
			.update();
		if (rows == 0) {
			throw new ArticleStateConflict("Article " + article.id() + " was changed by someone else; reload it.");
		}
		article.incrementVersion();
	}

	private void replaceTags(Article article) {
		jdbc.sql("delete from article_tag where article_id = ?").param(article.id()).update();
		for (Article.Ref tag : article.content().tags()) {
			jdbc.sql("insert into article_tag (article_id, tag_id) values (?, ?)")
				.params(article.id(), tag.id())
				.update();
		}
	}

	private void addCurrentMemberships(long articleId, Set<Long> categories, Set<Long> authors, Set<Long> tags) {
		jdbc.sql("select category_id, author_id from article where id = ?").param(articleId).query(rs -> {
			categories.add(rs.getLong(1));
			authors.add(rs.getLong(2));
		});
		tags.addAll(jdbc.sql("select tag_id from article_tag where article_id = ?")
			.param(articleId)
			.query(Long.class)
			.list());
	}

	/**
	 * Recomputes counters from the articles themselves rather than adding and
	 * subtracting, so they cannot drift. Rows are locked first, in id order: the count
	 * statement then runs on a snapshot taken after any concurrent writer committed.
	 */
	private void recountPublished(Set<Long> categories, Set<Long> authors, Set<Long> tags) {
		lock("category", categories);
		lock("author", authors);
		lock("tag", tags);
		jdbc.sql("""
				update category c set published_count =
				  (select count(*) from article a where a.category_id = c.id and a.status = 'PUBLISHED')
				where c.id = any(?)
				""").param(categories.toArray(Long[]::new)).update();
		jdbc.sql("""
				update author au set published_count =
				  (select count(*) from article a where a.author_id = au.id and a.status = 'PUBLISHED')
				where au.id = any(?)
				""").param(authors.toArray(Long[]::new)).update();
		if (!tags.isEmpty()) {
			jdbc.sql("""
					update tag t set published_count =
					  (select count(*) from article_tag at join article a on a.id = at.article_id
					   where at.tag_id = t.id and a.status = 'PUBLISHED')
					where t.id = any(?)
					""").param(tags.toArray(Long[]::new)).update();
		}
	}

	private void lock(String table, Set<Long> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("select id from " + table + " where id = any(?) order by id for update")
				.param(ids.toArray(Long[]::new))
				.query(Long.class)
				.list();
		}
	}

	private static String coverSha(Article article) {
		return article.cover() == null ? null : article.cover().sha256();
	}

	static Media media(ResultSet rs) throws SQLException {
		String sha = rs.getString("cover_sha256");
		return sha == null ? null : new Media(sha, rs.getString("cover_type"), rs.getInt("cover_size"));
	}

	static Cover cover(ResultSet rs) throws SQLException {
		Media media = media(rs);
		return media == null ? null : new Cover(media.url(), rs.getString("cover_alt"));
	}

	private static String[] tagSlugs(Article.Content content) {
		return content.tags().stream().map(Article.Ref::slug).toArray(String[]::new);
	}

	private static String[] tagNames(Article.Content content) {
		return content.tags().stream().map(Article.Ref::name).toArray(String[]::new);
	}

	static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static String[] strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? new String[0] : (String[]) array.getArray();
	}

	private static Article map(ResultSet rs, int row) throws SQLException {
		Long[] tagIds = (Long[]) rs.getArray("tag_ids").getArray();
		String[] slugs = strings(rs, "tag_slugs");
		String[] names = strings(rs, "tag_names");
		List<Article.Ref> tags = new ArrayList<>();
		for (int i = 0; i < slugs.length && i < tagIds.length; i++) {
			tags.add(new Article.Ref(tagIds[i], slugs[i], names[i]));
		}
		Article.Content content = new Article.Content(rs.getString("slug"), rs.getString("title"),
				rs.getString("summary"), rs.getString("body_markdown"),
				new Article.Ref(rs.getLong("category_id"), rs.getString("category_slug"),
						rs.getString("category_name")),
				new Article.Ref(rs.getLong("author_id"), rs.getString("author_slug"), rs.getString("author_name")),
				tags);
		return Article.restore(rs.getLong("id"), content, rs.getString("body_html"), rs.getInt("reading_minutes"),
				ArticleStatus.valueOf(rs.getString("status")), instant(rs, "published_at"), instant(rs, "scheduled_at"),
				instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"), media(rs),
				rs.getString("cover_alt"));
	}

}
