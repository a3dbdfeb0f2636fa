package com.broadsheet.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.broadsheet.web.FieldProblem;
import com.broadsheet.web.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Autosave: what an editor typed, kept per person and article until they save the article
 * or discard it. Keeping a pending draft never touches the article, so autosaving a
 * published article changes nothing readers see; it is not validated either, as a
 * half-written article rarely is valid.
 */
@Service
@Transactional
public class PendingDrafts {

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,40}");

	private static final String SELECT = """
			select article_id, draft_key, base_version, saved_at, title, slug, summary, body_markdown, category,
			       author, tags
			from article_pending_draft
			""";

	private final JdbcClient jdbc;

	private final ArticleEditor editor;

	private final Clock clock;

	PendingDrafts(JdbcClient jdbc, ArticleEditor editor, Clock clock) {
		this.jdbc = jdbc;
		this.editor = editor;
		this.clock = clock;
	}

	/**
	 * Keeps the edits of article {@code articleId}, or of the new article
	 * {@code draftKey} when {@code articleId} is {@code null}, replacing what this person
	 * kept before.
	 * @throws InvalidInput (422) for fields longer than an article allows or a malformed
	 * key
	 * @throws NotYourArticle (403) if the actor may not change the article
	 */
	public PendingDraft keep(Long articleId, String draftKey, Integer baseVersion, ArticleDraft draft, Actor actor) {
		requireSizes(draft);
		Instant now = clock.instant();
		String key = articleId == null ? requireKey(draftKey) : "";
		if (articleId != null) {
			editor.editable(articleId, actor);
		}
		String conflict = articleId == null ? "(account_id, draft_key) where article_id is null"
				: "(article_id, account_id) where article_id is not null";
		jdbc.sql(
				"""
						insert into article_pending_draft (article_id, account_id, draft_key, base_version, saved_at, title, slug,
						                                   summary, body_markdown, category, author, tags)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						on conflict %s do update set base_version = excluded.base_version, saved_at = excluded.saved_at,
						  title = excluded.title, slug = excluded.slug, summary = excluded.summary,
						  body_markdown = excluded.body_markdown, category = excluded.category, author = excluded.author,
						  tags = excluded.tags
						"""
					.formatted(conflict))
			.params(articleId, actor.accountId(), key, articleId == null ? null : baseVersion, Articles.timestamp(now),
					text(draft.title()), text(draft.slug()), text(draft.summary()), text(draft.bodyMarkdown()),
					text(draft.category()), text(draft.author()),
					draft.tags() == null ? "" : String.join(", ", draft.tags()))
			.update();
		return new PendingDraft(articleId, key, articleId == null ? null : baseVersion, now, draft);
	}

	/** This person's unsaved edits of an article. */
	@Transactional(readOnly = true)
	public Optional<PendingDraft> of(long articleId, Actor actor) {
		return jdbc.sql(SELECT + " where article_id = ? and account_id = ?")
			.params(articleId, actor.accountId())
			.query(PendingDrafts::map)
			.optional();
	}

	/** One of this person's new articles that were never saved. */
	@Transactional(readOnly = true)
	public Optional<PendingDraft> ofNew(String draftKey, Actor actor) {
		return jdbc.sql(SELECT + " where article_id is null and account_id = ? and draft_key = ?")
			.params(actor.accountId(), draftKey)
			.query(PendingDrafts::map)
			.optional();
	}

	/** This person's new articles that were never saved, newest first. */
	@Transactional(readOnly = true)
	public List<PendingDraft> newArticles(Actor actor) {
		return jdbc.sql(SELECT + " where article_id is null and account_id = ? order by saved_at desc")
			.param(actor.accountId())
			.query(PendingDrafts::map)
			.list();
	}

	/**
	 * Drops this person's edits of the article (or of the new article {@code draftKey}).
	 */
	public void discard(Long articleId, String draftKey, Actor actor) {
		if (articleId != null) {
			jdbc.sql("delete from article_pending_draft where article_id = ? and account_id = ?")
				.params(articleId, actor.accountId())
				.update();
		}
		else if (draftKey != null) {
			jdbc.sql("delete from article_pending_draft where article_id is null and account_id = ? and draft_key = ?")
				.params(actor.accountId(), draftKey)
				.update();
		}
	}

	private static String requireKey(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw InvalidInput.of("draftKey", "must be 8 to 40 letters, digits or hyphens");
		}
		return key;
	}

	/** The same limits as a saved article, so a pending draft can always be saved. */
	private static void requireSizes(ArticleDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		limit(problems, "title", draft.title(), 200);
		limit(problems, "slug", draft.slug(), 80);
		limit(problems, "summary", draft.summary(), 500);
		limit(problems, "bodyMarkdown", draft.bodyMarkdown(), 60_000);
		limit(problems, "category", draft.category(), 80);
		limit(problems, "author", draft.author(), 80);
		limit(problems, "tags", draft.tags() == null ? null : String.join(", ", draft.tags()), 1_000);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private static void limit(List<FieldProblem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static PendingDraft map(ResultSet rs, int row) throws SQLException {
		String tags = rs.getString("tags");
		List<String> tagList = tags.isBlank() ? List.of()
				: Arrays.stream(tags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
		ArticleDraft draft = new ArticleDraft(rs.getString("title"), rs.getString("slug"), rs.getString("summary"),
				rs.getString("body_markdown"), rs.getString("category"), rs.getString("author"), tagList);
		return new PendingDraft(rs.getObject("article_id", Long.class), rs.getString("draft_key"),
				rs.getObject("base_version", Integer.class), Articles.instant(rs, "saved_at"), draft);
	}

}
