package com.broadsheet.content;

import java.time.Instant;

/**
 * Edits autosaved from the editor that are not saved to the article yet. Readers never
 * see them.
 *
 * @param articleId the article edited, or {@code null} for a new article not saved yet
 * @param draftKey tells one person's unsaved new articles apart; empty for an existing
 * article
 * @param baseVersion the article version the edits started from, or {@code null} for a
 * new article
 * @param draft the form as it was: not validated, fields may be blank
 */
public record PendingDraft(Long articleId, String draftKey, Integer baseVersion, Instant savedAt, ArticleDraft draft) {
}
