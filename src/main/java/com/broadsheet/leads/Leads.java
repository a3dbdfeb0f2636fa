package com.broadsheet.leads;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Leads {

	private static final String SELECT = """
			select id, name, email, company, message, consent, source, article_slug, article_title, created_at
			from lead
			""";

	private final JdbcClient jdbc;

	Leads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Lead lead, Long articleId) {
		jdbc.sql("""
				insert into lead (id, name, email, company, message, consent, article_id, article_slug,
				                  article_title, source, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(lead.id(), lead.name(), lead.email(), lead.company(), lead.message(), lead.consent(), articleId,
					lead.articleSlug(), lead.articleTitle(), lead.source().name(), Timestamp.from(lead.createdAt()))
			.update();
	}

	/**
	 * A lead with the same e-mail address and message, created at or after {@code since}.
	 */
	Optional<Lead> findDuplicate(String email, String message, java.time.Instant since) {
		return jdbc.sql(SELECT + " where lower(email) = lower(?) and message = ? and created_at >= ? limit 1")
			.params(email, message, java.sql.Timestamp.from(since))
			.query(Leads::map)
			.optional();
	}

	Optional<Lead> findById(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(Leads::map).optional();
	}

	List<Lead> newest(long limit, long offset) {
		return jdbc.sql(SELECT + " order by created_at desc limit ? offset ?")
			.params(limit, offset)
			.query(Leads::map)
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from lead").query(Long.class).single();
	}

	long countSince(Instant since) {
		return jdbc.sql("select count(*) from lead where created_at >= ?")
			.param(Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	List<ArticleLeadCount> topArticles(int limit) {
		return jdbc.sql("""
				select article_slug, max(article_title) as title, count(*) as leads from lead
				where article_id is not null group by article_slug order by leads desc, article_slug limit ?
				""")
			.param(limit)
			.query((rs, row) -> new ArticleLeadCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	private static Lead map(ResultSet rs, int row) throws SQLException {
		return new Lead(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
				rs.getString("company"), rs.getString("message"), rs.getBoolean("consent"),
				LeadSource.valueOf(rs.getString("source")), rs.getString("article_slug"), rs.getString("article_title"),
				rs.getTimestamp("created_at").toInstant());
	}

}
