package com.broadsheet.site;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A published article whose slug changes keeps its old address: the page and the content
 * API answer 301 to the new one for as long as the article exists, and no other article
 * takes the old address unless the editor says so.
 */
@BroadsheetTest
class SlugRedirectTests {

	static final String TOKEN = Http.bearer(BroadsheetTest.API_TOKEN);

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	JsonMapper json;

	Http reader;

	Http api;

	@BeforeEach
	void setUp() {
		reader = new Http(port);
		api = new Http(port);
	}

	@Test
	void aPublishedArticlesOldAddressRedirectsToItsNewOne() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
		String old = article.slug();
		assertThat(reader.get("/blog/" + old).status()).as("cached as a page first").isEqualTo(200);
		rename(article, old + "-moved");

		for (int i = 0; i < 2; i++) {
			Http.Response moved = reader.get("/blog/" + old);
			assertThat(moved.status()).as("request %d: never the cached page, never a stored redirect", i)
				.isEqualTo(301);
			assertThat(moved.header("Location")).isEqualTo("/blog/" + old + "-moved");
			assertThat(moved.header("Cache-Control")).isEqualTo("public, max-age=60");
			assertThat(moved.header("Surrogate-Key")).isEqualTo("article-" + old);
		}
		Http.Response apiMoved = reader.get("/api/v1/articles/" + old);
		assertThat(apiMoved.status()).isEqualTo(301);
		assertThat(apiMoved.header("Location")).isEqualTo("/api/v1/articles/" + old + "-moved");
		assertThat(reader.get("/blog/" + old + "-moved").status()).isEqualTo(200);

		assertThat(api.delete("/api/v1/admin/articles/" + article.id(), "Authorization", TOKEN).status())
			.isEqualTo(204);
		assertThat(reader.get("/blog/" + old).status()).as("for as long as the article exists").isEqualTo(404);
	}

	@Test
	void anOldAddressIsTakenByAnotherArticleOnlyWhenTheEditorSaysSo() {
		ArticleView first = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
		String old = first.slug();
		rename(first, old + "-v2");

		String body = """
				{"title": "Newcomer", "slug": "%s", "summary": "s", "bodyMarkdown": "The newcomer's text.",
				 "category": "architecture", "author": "maya-lindqvist", "status": "PUBLISHED"%s}
				""";
		Http.Response refused = api.postJson("/api/v1/admin/articles", body.formatted(old, ""), "Authorization", TOKEN);
		assertThat(refused.status()).isEqualTo(422);
		var error = json.readTree(refused.body()).get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("slug");
		assertThat(error.get("message").asString()).contains("still redirects there");
		assertThat(reader.get("/blog/" + old).status()).isEqualTo(301);

		Http.Response taken = api.postJson("/api/v1/admin/articles", body.formatted(old, ", \"takeOverSlug\": true"),
				"Authorization", TOKEN);
		assertThat(taken.status()).isEqualTo(201);
		Http.Response now = reader.get("/blog/" + old);
		assertThat(now.status()).isEqualTo(200);
		assertThat(now.body()).contains("The newcomer's text.");
	}

	@Test
	void anArticleMayMoveBackToItsOwnOldAddress() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
		String old = article.slug();
		rename(article, old + "-detour");
		rename(editor.get(article.id()), old);
		assertThat(reader.get("/blog/" + old).status()).isEqualTo(200);
		Http.Response detour = reader.get("/blog/" + old + "-detour");
		assertThat(detour.status()).isEqualTo(301);
		assertThat(detour.header("Location")).isEqualTo("/blog/" + old);
	}

	@Test
	void aDraftThatChangesSlugLeavesNoRedirect() {
		ArticleView draft = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		rename(draft, draft.slug() + "-renamed");
		assertThat(reader.get("/blog/" + draft.slug()).status()).isEqualTo(404);
		assertThat(api
			.postJson("/api/v1/admin/articles",
					"""
							{"title": "Free slug", "slug": "%s", "summary": "s", "bodyMarkdown": "b", "category": "architecture",
							 "author": "maya-lindqvist"}
							"""
						.formatted(draft.slug()),
					"Authorization", TOKEN)
			.status()).isEqualTo(201);
	}

	@Test
	void theAdminFormOffersToTakeTheAddressOver() {
		ArticleView first = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
		rename(first, first.slug() + "-elsewhere");
		Http admin = new Http(port).signIn(BroadsheetTest.ADMIN_EMAIL, BroadsheetTest.ADMIN_PASSWORD);
		var form = Http.fields("_csrf", admin.csrf("/admin/articles/new"), "title", "Wants the address", "slug",
				first.slug(), "summary", "s", "bodyMarkdown", "b", "category", "architecture", "author",
				"maya-lindqvist", "tags", "", "action", "save");
		Http.Response refused = admin.postForm("/admin/articles", form);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html().selectFirst("#slug-error").text()).contains("still redirects there");
		assertThat(refused.html().selectFirst("input[name=takeOverSlug]")).isNotNull();
		form.put("takeOverSlug", "true");
		assertThat(admin.postForm("/admin/articles", form).status()).isEqualTo(303);
	}

	private void rename(ArticleView article, String slug) {
		Http.Response renamed = api.putJson("/api/v1/admin/articles/" + article.id(), """
				{"title": "%s", "slug": "%s", "summary": "%s", "bodyMarkdown": "%s", "category": "%s", "author": "%s"}
				""".formatted(article.title(), slug, article.summary(), "Body of " + article.title(),
				article.category().slug(), article.author().slug()), "Authorization", TOKEN);
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
	}

}
