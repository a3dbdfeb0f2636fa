package com.broadsheet.content;

import java.time.Instant;
import java.util.Optional;

import com.broadsheet.web.Formats;
import com.broadsheet.web.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The addresses published articles had before their slug changed. An old address keeps
 * redirecting to its article for as long as the article exists, so another article may
 * only take it when the editor says so.
 */
@Repository
class SlugHistory {

	private final JdbcClient jdbc;

	SlugHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Lets article {@code articleId} ({@code null} for a new one) take {@code slug}: its
	 * own old address comes back to it; another article's only with {@code takeOver}.
	 * @throws InvalidInput (field {@code slug}) when the slug still redirects to another
	 * article and {@code takeOver} is false
	 */
	void claim(String slug, Long articleId, boolean takeOver) {
		record Former(long articleId, String title, Instant retiredAt) {
		}
		Optional<Former> former = jdbc.sql("""
				select h.article_id, a.title, h.retired_at from article_slug_history h
				join article a on a.id = h.article_id where h.slug = ?
				""")
			.param(slug)
			.query((rs, row) -> new Former(rs.getLong(1), rs.getString(2), Articles.instant(rs, "retired_at")))
			.optional();
		if (former.isEmpty()) {
			return;
		}
		boolean own = articleId != null && former.get().articleId() == articleId;
		if (!own && !takeOver) {
			throw InvalidInput.of("slug",
					"was the address of “" + former.get().title() + "” until " + Formats.date(former.get().retiredAt())
							+ " and still redirects there; confirm that this article should take it over");
		}
		jdbc.sql("delete from article_slug_history where slug = ?").param(slug).update();
	}

	/** Keeps {@code slug} redirecting to the article that just left it. */
	void retire(String slug, long articleId, Instant at) {
		jdbc.sql("""
				insert into article_slug_history (slug, article_id, retired_at) values (?, ?, ?)
				on conflict (slug) do update set article_id = excluded.article_id, retired_at = excluded.retired_at
				""").params(slug, articleId, Articles.timestamp(at)).update();
	}

	/** The current slug of the published article that used to live at {@code oldSlug}. */
	Optional<String> currentSlugOf(String oldSlug) {
		return jdbc.sql("""
				select a.slug from article_slug_history h join article a on a.id = h.article_id
				where h.slug = ? and a.status = 'PUBLISHED'
				""").param(oldSlug).query(String.class).optional();
	}

}
