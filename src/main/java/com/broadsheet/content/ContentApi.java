package com.broadsheet.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.broadsheet.web.PageRequest;
import com.broadsheet.web.ResultPage;
import com.broadsheet.web.SiteProperties;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public, read-only JSON content API for headless use. */
@RestController
@RequestMapping(path = ContentApi.API, produces = MediaType.APPLICATION_JSON_VALUE)
class ContentApi {

	static final String API = "/api/v1";

	static final int PAGE_SIZE = 12;

	private final ArticleCatalog catalog;

	private final Taxonomy taxonomy;

	private final SiteProperties site;

	ContentApi(ArticleCatalog catalog, Taxonomy taxonomy, SiteProperties site) {
		this.catalog = catalog;
		this.taxonomy = taxonomy;
		this.site = site;
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ArticleJson(long id, String slug, String url, String title, String summary, CategoryRef category,
			AuthorRef author, List<TagRef> tags, int readingMinutes, Instant publishedAt, Instant updatedAt,
			String bodyHtml, Cover cover) {
	}

	record ArticlePageJson(List<ArticleJson> items, int page, int pageSize, long totalItems, int totalPages) {
	}

	record TermJson(String slug, String name, String description, int articleCount) {
	}

	@GetMapping("/articles")
	ResponseEntity<ArticlePageJson> articles(@RequestParam(required = false) String page,
			@RequestParam(required = false) String category, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String author) {
		ResultPage<ArticleSummary> result = catalog
			.published(new ArticleFilter(category, tag, author), PageRequest.parse(page, PAGE_SIZE))
			.requireInRange();
		List<String> keys = new ArrayList<>(List.of(SurrogateKeys.INDEX));
		if (category != null) {
			keys.add(SurrogateKeys.category(category));
		}
		if (tag != null) {
			keys.add(SurrogateKeys.tag(tag));
		}
		if (author != null) {
			keys.add(SurrogateKeys.author(author));
		}
		return withKeys(keys, new ArticlePageJson(result.items().stream().map(this::json).toList(), result.number(),
				result.size(), result.totalItems(), result.totalPages()));
	}

	@GetMapping("/articles/{slug}")
	ResponseEntity<ArticleJson> article(@PathVariable String slug) {
		ArticleDetail article = catalog.article(slug).orElse(null);
		if (article == null) {
			return catalog.movedFrom(slug)
				.map(current -> SlugRedirect.<ArticleJson>to(API + "/articles/" + current, slug))
				.orElseThrow(() -> new ArticleNotFound(slug));
		}
		List<String> keys = new ArrayList<>(List.of(SurrogateKeys.article(article.slug()),
				SurrogateKeys.category(article.category().slug()), SurrogateKeys.author(article.author().slug())));
		article.tags().forEach(t -> keys.add(SurrogateKeys.tag(t.slug())));
		return withKeys(keys,
				new ArticleJson(article.id(), article.slug(), url(article.slug()), article.title(), article.summary(),
						article.category(), article.author(), article.tags(), article.readingMinutes(),
						article.publishedAt(), article.updatedAt(), article.bodyHtml(), absolute(article.cover())));
	}

	@GetMapping("/categories")
	ResponseEntity<List<TermJson>> categories() {
		return withKeys(List.of(SurrogateKeys.TAXONOMY), terms(TermKind.CATEGORY));
	}

	@GetMapping("/tags")
	ResponseEntity<List<TermJson>> tags() {
		return withKeys(List.of(SurrogateKeys.TAXONOMY), terms(TermKind.TAG));
	}

	@GetMapping("/authors")
	ResponseEntity<List<TermJson>> authors() {
		return withKeys(List.of(SurrogateKeys.TAXONOMY), terms(TermKind.AUTHOR));
	}

	private List<TermJson> terms(TermKind kind) {
		return taxonomy.list(kind)
			.stream()
			.map(term -> new TermJson(term.slug(), term.name(), term.description(), term.publishedCount()))
			.toList();
	}

	private static <T> ResponseEntity<T> withKeys(List<String> keys, T body) {
		return ResponseEntity.ok().header(SurrogateKeys.HEADER, SurrogateKeys.header(keys)).body(body);
	}

	private ArticleJson json(ArticleSummary article) {
		return new ArticleJson(article.id(), article.slug(), url(article.slug()), article.title(), article.summary(),
				article.category(), article.author(), article.tags(), article.readingMinutes(), article.publishedAt(),
				article.updatedAt(), null, absolute(article.cover()));
	}

	/** Covers with absolute URLs, as headless clients need them. */
	private Cover absolute(Cover cover) {
		return cover == null ? null : new Cover(site.absolute(cover.url()), cover.alt());
	}

	private String url(String slug) {
		return site.absolute(ArticlePaths.of(slug));
	}

}
