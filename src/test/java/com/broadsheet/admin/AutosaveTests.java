package com.broadsheet.admin;

import java.util.Map;
import java.util.UUID;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.identity.Accounts;
import com.broadsheet.identity.NewAccount;
import com.broadsheet.identity.Role;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Autosave keeps what an editor typed as their pending draft: readers never see it, the
 * editor gets it back when they return, and saving the article ends it. The live preview
 * renders with the public page's pipeline.
 */
@BroadsheetTest
class AutosaveTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	Accounts accounts;

	@Autowired
	JsonMapper json;

	Http admin;

	@BeforeEach
	void signIn() {
		admin = new Http(port).signIn(BroadsheetTest.ADMIN_EMAIL, BroadsheetTest.ADMIN_PASSWORD);
	}

	@Test
	void autosavingAPublishedArticleChangesNothingReadersSeeUntilItIsUpdated() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle()
			.withBody("What readers read today.")
			.create();
		Document page = admin.get("/admin/articles/" + article.id()).html();
		Map<String, String> form = form(page, article, "A rewrite in progress, not ready for readers.");

		Http.Response kept = admin.postForm("/admin/articles/" + article.id() + "/autosave", form, "Accept",
				"application/json");
		assertThat(kept.status()).isEqualTo(200);
		assertThat(json.readTree(kept.body()).get("message").asString()).contains("not saved to the article yet");

		assertThat(editor.get(article.id()).bodyMarkdown()).isEqualTo("What readers read today.");
		assertThat(new Http(port).get("/blog/" + article.slug()).body()).contains("What readers read today.")
			.doesNotContain("A rewrite in progress");
		assertThat(new Http(port).get("/api/v1/articles/" + article.slug()).body())
			.doesNotContain("A rewrite in progress");

		Document back = admin.get("/admin/articles/" + article.id()).html();
		assertThat(back.selectFirst("#bodyMarkdown").val()).isEqualTo("A rewrite in progress, not ready for readers.");
		assertThat(back.selectFirst("[data-restored]").text()).contains("not saved to the article yet");
		assertThat(back.selectFirst("#article-editor").attr("data-pending")).isEqualTo("true");

		form.put("action", "save");
		assertThat(admin.postForm("/admin/articles/" + article.id(), form).status()).isEqualTo(303);
		assertThat(new Http(port).get("/blog/" + article.slug()).body()).contains("A rewrite in progress");
		assertThat(admin.get("/admin/articles/" + article.id()).html().selectFirst("[data-restored]")).isNull();
	}

	@Test
	void discardingAutosavedChangesShowsTheSavedArticleAgain() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).draftArticle().withBody("Saved words.").create();
		Document page = admin.get("/admin/articles/" + article.id()).html();
		admin.postForm("/admin/articles/" + article.id() + "/autosave", form(page, article, "Words to throw away."),
				"Accept", "application/json");
		Http.Response discarded = admin.postForm("/admin/articles/" + article.id() + "/discard",
				Http.fields("_csrf", csrf(page)));
		assertThat(discarded.status()).isEqualTo(303);
		Document back = admin.get(discarded.header("Location")).html();
		assertThat(back.selectFirst("#bodyMarkdown").val()).isEqualTo("Saved words.");
		assertThat(back.selectFirst(".notice").text()).contains("discarded");
	}

	@Test
	void aNewArticleThatWasNeverSavedIsOfferedAgain() {
		Document blank = admin.get("/admin/articles/new").html();
		String key = blank.selectFirst("#article-editor input[name=draftKey]").val();
		assertThat(key).isNotBlank();
		String title = "Half-written " + ArticleFixtures.unique();
		Http.Response kept = admin.postForm("/admin/articles/autosave",
				Http.fields("_csrf", csrf(blank), "draftKey", key, "title", title, "summary", "", "bodyMarkdown",
						"Only a first line so far.", "category", "", "author", "", "tags", ""),
				"Accept", "application/json");
		assertThat(kept.status()).as(kept.body()).isEqualTo(200);

		Document offered = admin.get("/admin/articles/new").html();
		assertThat(offered.select(".notice a").eachText()).contains(title);
		String link = offered.select(".notice a")
			.stream()
			.filter(a -> a.text().equals(title))
			.findFirst()
			.orElseThrow()
			.attr("href");
		Document resumed = admin.get(link).html();
		assertThat(resumed.selectFirst("#title").val()).isEqualTo(title);
		assertThat(resumed.selectFirst("#bodyMarkdown").val()).isEqualTo("Only a first line so far.");

		Map<String, String> save = Http.fields("_csrf", csrf(resumed), "draftKey", key, "title", title, "summary",
				"Done now", "bodyMarkdown", "Only a first line so far.", "category", "architecture", "author",
				"maya-lindqvist", "tags", "", "action", "save");
		assertThat(admin.postForm("/admin/articles", save).status()).isEqualTo(303);
		assertThat(admin.get("/admin/articles/new").html().select(".notice a").eachText()).doesNotContain(title);
	}

	@Test
	void autosaveIsRefusedForOtherAuthorsArticlesAndForMalformedKeys() {
		ArticleView others = new ArticleFixtures(editor, taxonomy).draftArticle().by("maya-lindqvist").create();
		String email = "autosave-author-" + ArticleFixtures.unique() + "@example.test";
		accounts.create(new NewAccount(email, "Auto Author", "a long enough password", Role.AUTHOR, "priya-raman"));
		Http author = new Http(port).signIn(email, "a long enough password");
		String csrf = author.csrf("/admin/articles/new");
		Http.Response refused = author.postForm("/admin/articles/" + others.id() + "/autosave",
				Http.fields("_csrf", csrf, "title", "Hijack", "bodyMarkdown", "x"), "Accept", "application/json");
		assertThat(refused.status()).isEqualTo(403);
		Http.Response badKey = author.postForm("/admin/articles/autosave",
				Http.fields("_csrf", csrf, "draftKey", "../../x", "title", "t"), "Accept", "application/json");
		assertThat(badKey.status()).isEqualTo(422);
		assertThat(admin
			.postForm("/admin/articles/autosave", Http.fields("draftKey", UUID.randomUUID().toString(), "title", "t"),
					"Accept", "application/json")
			.status()).as("no CSRF token").isEqualTo(403);
	}

	@Test
	void theLivePreviewIsTheHtmlThePublicPageRenders() {
		String markdown = "## Live heading\n\n- one\n  - nested\n\n<script>alert(1)</script>";
		String csrf = admin.csrf("/admin/articles/new");
		Http.Response preview = admin.postForm("/admin/articles/preview",
				Http.fields("_csrf", csrf, "bodyMarkdown", markdown), "Accept", "application/json");
		assertThat(preview.status()).isEqualTo(200);
		String html = json.readTree(preview.body()).get("html").asString();
		assertThat(org.jsoup.Jsoup.parseBodyFragment(html).selectFirst("h2").text()).isEqualTo("Live heading");
		assertThat(html).doesNotContain("<script");
		ArticleView published = new ArticleFixtures(editor, taxonomy).publishedArticle().withBody(markdown).create();
		assertThat(html).isEqualTo(published.bodyHtml());
		assertThat(new Http(port).get("/blog/" + published.slug()).html().selectFirst(".prose").html())
			.isEqualToIgnoringWhitespace(org.jsoup.Jsoup.parseBodyFragment(html).body().html());
	}

	private static String csrf(Document page) {
		return page.selectFirst("#article-editor input[name=_csrf]").val();
	}

	private static Map<String, String> form(Document page, ArticleView article, String body) {
		return Http.fields("_csrf", csrf(page), "version",
				page.selectFirst("#article-editor input[name=version]").val(), "title", article.title(), "slug",
				article.slug(), "summary", article.summary(), "bodyMarkdown", body, "category",
				article.category().slug(), "author", article.author().slug(), "tags", "");
	}

}
