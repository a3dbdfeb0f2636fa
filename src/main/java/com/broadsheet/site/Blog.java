package com.broadsheet.site;

import com.broadsheet.content.ArticlePaths;
import java.util.List;

import com.broadsheet.content.ArticleCatalog;
import com.broadsheet.content.ArticleDetail;
import com.broadsheet.content.ArticleFilter;
import com.broadsheet.content.ArticleNotFound;
import com.broadsheet.content.ArticleSummary;
import com.broadsheet.content.PreviewLinks;
import com.broadsheet.content.SlugRedirect;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.content.Term;
import com.broadsheet.content.TermKind;
import com.broadsheet.web.PageMeta;
import com.broadsheet.web.PageRequest;
import com.broadsheet.web.ResultPage;
import com.broadsheet.web.SiteProperties;
import com.broadsheet.content.SurrogateKeys;
import com.broadsheet.web.Templates;
import com.broadsheet.site.view.ArticlePage;
import com.broadsheet.site.view.LeadForm;
import com.broadsheet.site.view.ListingPage;
import com.broadsheet.site.view.ShareLinks;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** The reading pages: index, article, and the category, tag and author listings. */
@Controller
class Blog {

	static final int PAGE_SIZE = 12;

	private final ArticleCatalog catalog;

	private final Taxonomy taxonomy;

	private final Templates templates;

	private final SiteProperties site;

	private final PreviewLinks previews;

	Blog(ArticleCatalog catalog, Taxonomy taxonomy, Templates templates, SiteProperties site, PreviewLinks previews) {
		this.previews = previews;
		this.catalog = catalog;
		this.taxonomy = taxonomy;
		this.templates = templates;
		this.site = site;
	}

	@GetMapping("/")
	ResponseEntity<byte[]> index(@RequestParam(required = false) String page,
			@RequestParam(required = false) String category) {
		PageRequest request = PageRequest.parse(page, PAGE_SIZE);
		ArticleFilter filter = ArticleFilter.ALL;
		String heading = site.name();
		String base = "/?";
		if (category != null) {
			Term term = taxonomy.get(TermKind.CATEGORY, category);
			filter = ArticleFilter.category(term.slug());
			heading = term.name();
			base = "/?category=" + UriUtils.encodeQueryParam(term.slug(), java.nio.charset.StandardCharsets.UTF_8)
					+ "&";
		}
		ResultPage<ArticleSummary> articles = catalog.published(filter, request).requireInRange();
		PageMeta meta = PageMeta.website(site, request.number() > 1 ? heading + " – page " + request.number() : heading,
				site.description(), pageLink(base, request.number()));
		List<String> keys = filter.category() == null ? List.of(SurrogateKeys.INDEX, SurrogateKeys.TAXONOMY)
				: List.of(SurrogateKeys.INDEX, SurrogateKeys.TAXONOMY, SurrogateKeys.category(filter.category()));
		return templates.publicPage("site/listing.jte", new ListingPage(meta, null, heading, site.description(),
				articles, taxonomy.list(TermKind.CATEGORY), filter.category(), base), keys);
	}

	/** An article, or a 301 to where it lives now when this was its old address. */
	@GetMapping(ArticlePaths.PATTERN)
	ResponseEntity<byte[]> article(@PathVariable String slug) {
		ArticleDetail article = catalog.article(slug).orElse(null);
		if (article == null) {
			return catalog.movedFrom(slug)
				.map(current -> SlugRedirect.<byte[]>to(ArticlePaths.of(current), slug))
				.orElseThrow(() -> new ArticleNotFound(slug));
		}
		return articlePage(article, LeadForm.blank(LeadForms.articleAction(slug)), HttpStatus.OK);
	}

	/**
	 * A draft shown through a signed preview link, exactly as its article page will look:
	 * personal to whoever holds the link, so no cache may keep it and no search engine
	 * index it. Not a public route: the page cache never sees it.
	 */
	@GetMapping(ArticlePaths.PREVIEW_PATTERN)
	ResponseEntity<byte[]> preview(@PathVariable String token) {
		ArticleDetail article = previews.open(token);
		String path = ArticlePaths.of(article.slug());
		PageMeta meta = PageMeta
			.article(site, article.title(), article.summary(), path, article.publishedAt(), article.author().name())
			.notIndexed();
		ArticlePage page = new ArticlePage(meta, article, ShareLinks.of(site.absolute(path), article.title()),
				LeadForm.blank(LeadForms.articleAction(article.slug())), List.of());
		return ResponseEntity.ok()
			.contentType(Templates.HTML)
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Robots-Tag", "noindex")
			.body(templates.render("site/article.jte", page));
	}

	/** Also used to show the page again with the lead form's errors. */
	ResponseEntity<byte[]> articlePage(ArticleDetail article, LeadForm form, HttpStatusCode status) {
		String path = ArticlePaths.of(article.slug());
		PageMeta meta = PageMeta.article(site, article.title(), article.summary(), path, article.publishedAt(),
				article.author().name());
		if (article.cover() != null) {
			meta = meta.withImage(site.absolute(article.cover().url()));
		}
		List<ArticleSummary> related = catalog
			.published(ArticleFilter.category(article.category().slug()), new PageRequest(1, 4))
			.items()
			.stream()
			.filter(other -> other.id() != article.id())
			.limit(3)
			.toList();
		ArticlePage page = new ArticlePage(meta, article, ShareLinks.of(site.absolute(path), article.title()), form,
				related);
		if (status.value() != 200) {
			return templates.page(status, "site/article.jte", page);
		}
		return templates.publicPage("site/article.jte", page, articleKeys(article));
	}

	@GetMapping("/category/{slug}")
	ResponseEntity<byte[]> category(@PathVariable String slug, @RequestParam(required = false) String page) {
		return termListing(TermKind.CATEGORY, "Category", slug, page);
	}

	@GetMapping("/tag/{slug}")
	ResponseEntity<byte[]> tag(@PathVariable String slug, @RequestParam(required = false) String page) {
		return termListing(TermKind.TAG, "Tag", slug, page);
	}

	@GetMapping("/author/{slug}")
	ResponseEntity<byte[]> author(@PathVariable String slug, @RequestParam(required = false) String page) {
		return termListing(TermKind.AUTHOR, "Author", slug, page);
	}

	private ResponseEntity<byte[]> termListing(TermKind kind, String eyebrow, String slug, String page) {
		Term term = taxonomy.get(kind, slug);
		PageRequest request = PageRequest.parse(page, PAGE_SIZE);
		ArticleFilter filter = switch (kind) {
			case CATEGORY -> ArticleFilter.category(term.slug());
			case TAG -> ArticleFilter.tag(term.slug());
			case AUTHOR -> ArticleFilter.author(term.slug());
		};
		ResultPage<ArticleSummary> articles = catalog.published(filter, request).requireInRange();
		String base = "/" + kind.label() + "/" + term.slug() + "?";
		String intro = term.description().isBlank()
				? articles.totalItems() + (articles.totalItems() == 1 ? " article" : " articles") : term.description();
		PageMeta meta = PageMeta.website(site, term.name(), intro, pageLink(base, request.number()));
		return templates.publicPage("site/listing.jte",
				new ListingPage(meta, eyebrow, term.name(), intro, articles, List.of(), null, base),
				List.of(SurrogateKeys.term(kind.label(), term.slug())));
	}

	private static String pageLink(String base, int page) {
		return new ListingPage(null, null, null, null, null, List.of(), null, base).pageLink(page);
	}

	/**
	 * An article page shows the article, its category (and related articles), author and
	 * tags.
	 */
	static List<String> articleKeys(ArticleDetail article) {
		List<String> keys = new java.util.ArrayList<>(List.of(SurrogateKeys.article(article.slug()),
				SurrogateKeys.category(article.category().slug()), SurrogateKeys.author(article.author().slug())));
		article.tags().forEach(tag -> keys.add(SurrogateKeys.tag(tag.slug())));
		return keys;
	}

}
