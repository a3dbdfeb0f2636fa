package com.broadsheet.caching;

import java.util.Map;

import com.broadsheet.content.ArticleDraft;
import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BroadsheetTest
class HttpCachingTests {

	static final String CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400";

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void publicPagesCarryCacheControlAStrongEtagVaryAndSurrogateKeys() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle()
			.withTags("Http Caching")
			.create();
		Http.Response page = http.get("/blog/" + article.slug());
		assertThat(page.header("Cache-Control")).isEqualTo(CACHE_CONTROL);
		assertThat(page.header("ETag")).matches("\"[0-9a-f]{32}\"");
		assertThat(page.header("Vary")).isEqualTo("Accept-Encoding");
		assertThat(page.header("Surrogate-Key").split(" ")).contains("article-" + article.slug(),
				"category-architecture", "author-maya-lindqvist", "tag-http-caching");
		assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(http.get("/").header("Surrogate-Key").split(" ")).contains("list-index");
		assertThat(http.get("/?category=security").header("Surrogate-Key").split(" ")).contains("category-security");
		assertThat(http.get("/tag/http-caching").header("Surrogate-Key")).isEqualTo("tag-http-caching");
		assertThat(http.get("/feed.xml").header("Surrogate-Key")).isEqualTo("list-feeds");
		assertThat(http.get("/sitemap.xml").header("Cache-Control")).isEqualTo(CACHE_CONTROL);
		Http.Response api = http.get("/api/v1/articles/" + article.slug());
		assertThat(api.header("Cache-Control")).isEqualTo(CACHE_CONTROL);
		assertThat(api.header("Surrogate-Key")).contains("article-" + article.slug());
		assertThat(http.get("/api/v1/categories").header("Surrogate-Key")).isEqualTo("list-taxonomy");
	}

	@Test
	void aPageFromTheCacheCarriesTheSameHeadersAsItsRenderEachOnce() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
		Http.Response rendered = http.get("/blog/" + article.slug());
		Http.Response cached = http.get("/blog/" + article.slug());
		for (Http.Response response : java.util.List.of(rendered, cached)) {
			response.headers().map().forEach((name, values) -> assertThat(values).as(name).hasSize(1));
		}
		java.util.function.Function<Http.Response, java.util.Set<String>> names = response -> response.headers()
			.map()
			.keySet()
			.stream()
			.filter(name -> !name.equalsIgnoreCase("date"))
			.map(name -> name.toLowerCase(java.util.Locale.ROOT))
			.collect(java.util.stream.Collectors.toSet());
		assertThat(names.apply(cached)).isEqualTo(names.apply(rendered))
			.contains("content-security-policy", "x-content-type-options", "x-frame-options", "surrogate-key", "etag");
		assertThat(cached.header("Content-Security-Policy")).isEqualTo(rendered.header("Content-Security-Policy"));
	}

	@Test
	void aMatchingIfNoneMatchIs304WithoutABody() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
		String etag = http.get("/blog/" + article.slug()).header("ETag");
		Http.Response notModified = http.get("/blog/" + article.slug(), "If-None-Match", etag);
		assertThat(notModified.status()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(notModified.header("ETag")).isEqualTo(etag);
		assertThat(notModified.header("Cache-Control")).isEqualTo(CACHE_CONTROL);
		assertThat(http.get("/blog/" + article.slug(), "If-None-Match", "\"something-else\"").status()).isEqualTo(200);
		assertThat(http.get("/blog/" + article.slug(), "If-None-Match", "\"x\", " + etag).status()).isEqualTo(304);
	}

	@Test
	void aWeakIfNoneMatchFromACompressingCdnIs304() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
		String etag = http.get("/blog/" + article.slug()).header("ETag");
		for (String weak : new String[] { "W/" + etag, "\"x\", W/" + etag, "*" }) {
			assertThat(http.get("/blog/" + article.slug(), "If-None-Match", weak).status()).as(weak).isEqualTo(304);
		}
		assertThat(http.get("/blog/" + article.slug(), "If-None-Match", "W/\"something-else\"").status())
			.isEqualTo(200);
	}

	@Test
	void anEditIsVisibleAtOnceOnTheSameInstanceWithANewEtag() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
		Http.Response before = http.get("/blog/" + article.slug());
		assertThat(http.get("/blog/" + article.slug()).header("ETag")).isEqualTo(before.header("ETag"));
		editor.update(article.id(), new ArticleDraft("Revised " + article.title(), article.slug(), article.summary(),
				article.bodyMarkdown(), "architecture", "maya-lindqvist", java.util.List.of()));
		Http.Response after = http.get("/blog/" + article.slug());
		assertThat(after.html().selectFirst("h1").text()).isEqualTo("Revised " + article.title());
		assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
		assertThat(http.get("/").body()).contains("Revised " + article.title());
		editor.unpublish(article.id());
		assertThat(http.get("/blog/" + article.slug()).status()).isEqualTo(404);
	}

	@Test
	void adminAndSessionResponsesArePrivateAndNeverStored() {
		assertThat(http.get("/login").header("Cache-Control")).isEqualTo("private, no-store");
		Http admin = new Http(port).signIn(BroadsheetTest.ADMIN_EMAIL, BroadsheetTest.ADMIN_PASSWORD);
		for (String path : new String[] { "/admin", "/admin/articles", "/admin/leads" }) {
			Http.Response response = admin.get(path);
			assertThat(response.header("Cache-Control")).as(path).isEqualTo("private, no-store");
			assertThat(response.header("Surrogate-Key")).as(path).isNull();
			assertThat(response.header("ETag")).as(path).isNull();
		}
		Http.Response api = http.get("/api/v1/admin/articles", "Authorization", Http.bearer(BroadsheetTest.API_TOKEN));
		assertThat(api.header("Cache-Control")).contains("no-store");
	}

	@Test
	void formSubmissionsAndErrorsAreNotCacheable() {
		Http.Response invalid = http.postForm("/contact", Map.of("name", "Private Person", "email", "x"));
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.header("Cache-Control")).isEqualTo("no-store");
		Http.Response missing = http.get("/blog/does-not-exist");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("Cache-Control")).doesNotContain("public");
		assertThat(missing.header("ETag")).isNull();
	}

}
