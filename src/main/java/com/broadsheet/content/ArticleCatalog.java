package com.broadsheet.content;

import java.util.List;
import java.util.Optional;

import com.broadsheet.web.PageRequest;
import com.broadsheet.web.ResultPage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What readers may see: published articles only, newest first. */
@Service
@Transactional(readOnly = true)
public class ArticleCatalog {

	private final ArticleQueries queries;

	private final Taxonomy taxonomy;

	private final SlugHistory slugs;

	ArticleCatalog(ArticleQueries queries, Taxonomy taxonomy, SlugHistory slugs) {
		this.queries = queries;
		this.taxonomy = taxonomy;
		this.slugs = slugs;
	}

	/**
	 * One page of published articles.
	 * @throws TermNotFound if the filter names a category, tag or author that does not
	 * exist
	 */
	public ResultPage<ArticleSummary> published(ArticleFilter filter, PageRequest page) {
		Term category = term(TermKind.CATEGORY, filter.category());
		Term tag = term(TermKind.TAG, filter.tag());
		Term author = term(TermKind.AUTHOR, filter.author());
		ArticleQueries.Scope scope = new ArticleQueries.Scope(id(category), id(tag), id(author));
		long total = switch (scope.terms()) {
			case 0 -> queries.countAllPublished();
			case 1 -> firstNonNull(category, tag, author).publishedCount();
			default -> queries.countPublished(scope);
		};
		List<ArticleSummary> items = page.offset() >= total ? List.of()
				: queries.published(scope, page.size(), page.offset());
		return new ResultPage<>(items, page.number(), page.size(), total);
	}

	/** The newest published articles, for feeds. */
	public List<ArticleSummary> latest(int count) {
		return queries.published(new ArticleQueries.Scope(null, null, null), count, 0);
	}

	/**
	 * @return the published article, or empty if there is none (or it is a draft)
	 */
	public Optional<ArticleDetail> article(String slug) {
		return Slugs.isValid(slug) ? queries.publishedBySlug(slug) : Optional.empty();
	}

	/**
	 * Where a published article that used to live at {@code oldSlug} lives now.
	 * @return its current slug, or empty if no published article ever left that slug
	 */
	public Optional<String> movedFrom(String oldSlug) {
		return Slugs.isValid(oldSlug) ? slugs.currentSlugOf(oldSlug) : Optional.empty();
	}

	/** Every published article's location, newest first, for the sitemap. */
	public List<ArticleLocation> locations() {
		return queries.allPublishedLocations();
	}

	private Term term(TermKind kind, String slug) {
		return slug == null ? null : taxonomy.get(kind, slug);
	}

	private static Long id(Term term) {
		return term == null ? null : term.id();
	}

	private static Term firstNonNull(Term... terms) {
		for (Term term : terms) {
			if (term != null) {
				return term;
			}
		}
		throw new IllegalStateException();
	}

}
