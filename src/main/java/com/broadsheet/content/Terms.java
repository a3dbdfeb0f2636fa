package com.broadsheet.content;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage for categories, tags and authors: one shape, three tables. */
@Repository
class Terms {

	private final JdbcClient jdbc;

	Terms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * By name, ignoring case ("abuse" before "QA Testing"), then by name so equal names
	 * in different case keep one order. A whole (small) table read and sorted: no index
	 * would be used for it, and every list that shows it is cached.
	 */
	List<Term> all(TermKind kind) {
		return jdbc.sql(select(kind) + " order by lower(name), name").query((rs, row) -> map(kind, rs)).list();
	}

	Optional<Term> bySlug(TermKind kind, String slug) {
		return jdbc.sql(select(kind) + " where slug = ?").param(slug).query((rs, row) -> map(kind, rs)).optional();
	}

	Optional<Term> byId(TermKind kind, long id) {
		return jdbc.sql(select(kind) + " where id = ?").param(id).query((rs, row) -> map(kind, rs)).optional();
	}

	long insert(TermKind kind, String slug, String name, String text) {
		if (kind.textColumn == null) {
			return jdbc.sql("insert into " + kind.table + " (slug, name) values (?, ?) returning id")
				.params(slug, name)
				.query(Long.class)
				.single();
		}
		return jdbc
			.sql("insert into " + kind.table + " (slug, name, " + kind.textColumn + ") values (?, ?, ?) returning id")
			.params(slug, name, text)
			.query(Long.class)
			.single();
	}

	void update(TermKind kind, long id, String slug, String name, String text) {
		if (kind.textColumn == null) {
			jdbc.sql("update " + kind.table + " set slug = ?, name = ? where id = ?").params(slug, name, id).update();
		}
		else {
			jdbc.sql("update " + kind.table + " set slug = ?, name = ?, " + kind.textColumn + " = ? where id = ?")
				.params(slug, name, text, id)
				.update();
		}
	}

	/** The tag with this slug, created with the given name if missing (race-free). */
	Term tag(String slug, String name) {
		jdbc.sql("insert into tag (slug, name) values (?, ?) on conflict (slug) do nothing")
			.params(slug, name)
			.update();
		return bySlug(TermKind.TAG, slug).orElseThrow();
	}

	/** Keeps the tag arrays stored on articles in step with a renamed tag. */
	void renameTagOnArticles(long tagId, String oldSlug, String newSlug, String newName) {
		jdbc.sql("""
				update article set tag_names[array_position(tag_slugs, ?)] = ?,
				                   tag_slugs = array_replace(tag_slugs, ?, ?)
				where id in (select article_id from article_tag where tag_id = ?)
				""").params(oldSlug, newName, oldSlug, newSlug, tagId).update();
	}

	boolean inUse(TermKind kind, long id) {
		String sql = switch (kind) {
			case CATEGORY -> "select exists (select 1 from article where category_id = ?)";
			case AUTHOR -> "select exists (select 1 from article where author_id = ?)";
			case TAG -> "select exists (select 1 from article_tag where tag_id = ?)";
		};
		return jdbc.sql(sql).param(id).query(Boolean.class).single();
	}

	void delete(TermKind kind, long id) {
		jdbc.sql("delete from " + kind.table + " where id = ?").param(id).update();
	}

	private static String select(TermKind kind) {
		String text = kind.textColumn == null ? "''" : kind.textColumn;
		return "select id, slug, name, " + text + " as text, published_count from " + kind.table;
	}

	private static Term map(TermKind kind, java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Term(rs.getLong("id"), kind, rs.getString("slug"), rs.getString("name"), rs.getString("text"),
				rs.getInt("published_count"));
	}

}
