package com.broadsheet.site;

import java.util.List;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.content.Term;
import com.broadsheet.content.TermKind;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BroadsheetTest
class SitePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	Http http;

	ArticleFixtures fixtures;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		fixtures = new ArticleFixtures(editor, taxonomy);
	}

	@Test
	void indexShowsTwelveNewestCardsWithEverythingACardNeeds() {
		ArticleView newest = fixtures.publishedArticle().titled("Newest " + ArticleFixtures.unique()).create();
		Http.Response response = http.get("/");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		Document page = response.html();
		List<Element> cards = page.select("article.card");
		assertThat(cards).hasSize(12);
		Element first = cards.getFirst();
		assertThat(first.selectFirst(".card-title a").text()).isEqualTo(newest.title());
		assertThat(first.selectFirst(".category").text()).isEqualTo("Architecture");
		assertThat(first.selectFirst("time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(first.select(".card-meta span").eachText()).anyMatch(text -> text.matches("\\d+ min read"));
		assertThat(first.selectFirst(".card-summary").text()).isEqualTo(newest.summary());
		assertThat(first.selectFirst(".card-author").text()).contains("Maya Lindqvist").contains("ML");
	}

	@Test
	void indexPaginatesTwelveAPageWithNeighbourLinks() {
		Document second = http.get("/?page=2").html();
		assertThat(second.select("article.card")).hasSize(12);
		assertThat(second.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/");
		assertThat(second.selectFirst("a[rel=next]").attr("href")).isEqualTo("/?page=3");
		List<String> firstPage = http.get("/").html().select(".card-title a").eachText();
		assertThat(second.select(".card-title a").eachText()).doesNotContainAnyElementsOf(firstPage);
	}

	@Test
	void indexFiltersByCategory() {
		Document page = http.get("/?category=security").html();
		assertThat(page.select("article.card")).isNotEmpty()
			.allSatisfy(card -> assertThat(card.selectFirst(".category").text()).isEqualTo("Security"));
		assertThat(page.selectFirst(".filters a[aria-current=page]").text()).isEqualTo("Security");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Security");
	}

	@Test
	void articlePageHasTheReferenceLayout() {
		ArticleView article = fixtures.publishedArticle().withBody("""
				Intro paragraph.

				## A heading

				- one
				  - nested
				- two

				```java
				var x = 1;
				```

				A [link](https://example.com/docs).
				""").withTags("Caching", "Redis").create();
		Http.Response response = http.get("/blog/" + article.slug());
		assertThat(response.status()).isEqualTo(200);
		Document page = response.html();
		assertThat(page.selectFirst("a.back-link").attr("href")).isEqualTo("/");
		assertThat(page.selectFirst(".article-meta .category").text()).isEqualTo("Architecture");
		assertThat(page.selectFirst(".article-meta time").text()).isNotBlank();
		assertThat(page.selectFirst(".reading-time").text()).isEqualTo("1 min read");
		assertThat(page.selectFirst("h1").text()).isEqualTo(article.title());
		assertThat(page.selectFirst(".article-header .lede").text()).isEqualTo(article.summary());
		assertThat(page.selectFirst(".author-badge .avatar").text()).isEqualTo("ML");
		assertThat(page.selectFirst(".author-badge a").text()).isEqualTo("Maya Lindqvist");
		Element prose = page.selectFirst(".prose");
		assertThat(prose.selectFirst("h2#h-a-heading").text()).isEqualTo("A heading");
		assertThat(prose.select("ul > li > ul > li").text()).isEqualTo("nested");
		assertThat(prose.selectFirst("pre > code.language-java").text()).isEqualTo("var x = 1;");
		assertThat(prose.selectFirst("a[href=https://example.com/docs]")).isNotNull();
		assertThat(page.select(".tags a").eachAttr("href")).containsExactly("/tag/caching", "/tag/redis");
		Element share = page.selectFirst("section.share");
		assertThat(share.selectFirst("h2").text()).isEqualTo("Share this article");
		assertThat(share.select("a").eachAttr("href")).anyMatch(href -> href.startsWith("https://www.linkedin.com/"))
			.anyMatch(href -> href.startsWith("https://twitter.com/intent/tweet"))
			.anyMatch(href -> href.startsWith("mailto:"));
		assertThat(share.selectFirst("#share-url").val()).isEqualTo("http://localhost:8080/blog/" + article.slug());
		assertThat(share.selectFirst("button[data-copy-target]")).isNotNull();
		Element cta = page.selectFirst("section.cta");
		assertThat(cta.selectFirst("h2").text()).startsWith("Need expert developers? Let's discuss");
		assertThat(cta.selectFirst("form").attr("action")).isEqualTo("/blog/" + article.slug() + "/leads#lets-talk");
	}

	@Test
	void articlePageCarriesCanonicalAndSocialMeta() {
		ArticleView article = fixtures.publishedArticle().create();
		Document page = http.get("/blog/" + article.slug()).html();
		String url = "http://localhost:8080/blog/" + article.slug();
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(url);
		assertThat(page.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(url);
		assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(article.title());
		assertThat(page.selectFirst("meta[property=og:description]").attr("content")).isEqualTo(article.summary());
		assertThat(page.selectFirst("meta[property=article:published_time]").attr("content")).isNotBlank();
		assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
		assertThat(page.selectFirst("meta[name=twitter:title]").attr("content")).isEqualTo(article.title());
	}

	@Test
	void pagesAreAccessible() {
		ArticleView article = fixtures.publishedArticle().create();
		for (String path : List.of("/", "/blog/" + article.slug(), "/contact", "/category/architecture")) {
			Document page = http.get(path).html();
			assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("en");
			assertThat(page.select("header, main, footer, nav")).as(path).hasSizeGreaterThanOrEqualTo(4);
			assertThat(page.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
			assertThat(page.select("img:not([alt])")).as(path).isEmpty();
			for (Element input : page.select("input:not([type=hidden]), textarea, select")) {
				assertThat(page.select("label[for=" + input.id() + "]")).as(path + " label for " + input.id())
					.isNotEmpty();
			}
		}
		assertThat(http.get("/css/site.css").body()).contains(":focus-visible");
	}

	@Test
	void draftsAreNotVisible() {
		ArticleView draft = fixtures.draftArticle().create();
		assertThat(http.get("/blog/" + draft.slug()).status()).isEqualTo(404);
		assertThat(http.get("/").body()).doesNotContain(draft.title());
	}

	@Test
	void termPagesListTheirArticles() {
		Term category = fixtures.term(TermKind.CATEGORY, "Testing");
		Term author = fixtures.term(TermKind.AUTHOR, "Ada Tester");
		ArticleView article = fixtures.publishedArticle()
			.in(category.slug())
			.by(author.slug())
			.withTags("Unique Tag " + ArticleFixtures.unique())
			.create();
		assertThat(http.get("/category/" + category.slug()).html().select(".card-title a").eachText())
			.containsExactly(article.title());
		Document authorPage = http.get("/author/" + author.slug()).html();
		assertThat(authorPage.select(".card-title a").eachText()).containsExactly(article.title());
		assertThat(authorPage.selectFirst(".eyebrow").text()).isEqualTo("Author");
		assertThat(authorPage.selectFirst(".lede").text()).isEqualTo(author.description());
		assertThat(http.get("/tag/" + article.tags().getFirst().slug()).html().select(".card-title a").eachText())
			.containsExactly(article.title());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/blog/no-such-article", "/category/nope", "/tag/nope", "/author/nope",
			"/blog/%3Cscript%3E", "/no/such/page", "/?category=nope", "/?page=999" })
	void unknownThingsAreARealNotFoundPage(String path) {
		Http.Response response = http.get(path, "Accept", "text/html");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.html().selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(response.html().selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "0", "abc", "1.5", "99999999999999999999", "10001", "%00" })
	void badPageNumbersAreABadRequest(String page) {
		Http.Response response = http.get("/?page=" + page, "Accept", "text/html");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.html().selectFirst(".lede").text()).contains("page must be a whole number");
	}

}
