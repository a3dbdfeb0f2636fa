package com.broadsheet.admin;

import java.util.Map;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleStatus;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
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
 * Two people saving the same article never silently overwrite each other: the Admin API
 * answers a stale {@code If-Match} with 412, and the admin form shows a conflict page
 * with both texts instead of saving.
 */
@BroadsheetTest
class EditConflictTests {

	static final String TOKEN = Http.bearer(BroadsheetTest.API_TOKEN);

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	JsonMapper json;

	Http http;

	Http admin;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		admin = new Http(port).signIn(BroadsheetTest.ADMIN_EMAIL, BroadsheetTest.ADMIN_PASSWORD);
	}

	@Test
	void theApiTagsEveryArticleWithItsVersionAndRefusesAStaleIfMatchWith412() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		String path = "/api/v1/admin/articles/" + article.id();
		Http.Response read = http.get(path, "Authorization", TOKEN);
		String etag = read.header("ETag");
		assertThat(etag).isEqualTo("\"" + article.version() + "\"");
		assertThat(json.readTree(read.body()).get("version").asInt()).isEqualTo(article.version());

		Http.Response first = http.putJson(path, body(article, "First writer's body."), "Authorization", TOKEN,
				"If-Match", etag);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("ETag")).isNotEqualTo(etag);

		Http.Response stale = http.putJson(path, body(article, "Second writer's body."), "Authorization", TOKEN,
				"If-Match", etag);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
		assertThat(json.readTree(stale.body()).get("detail").asString()).contains("changed since you read it");
		assertThat(editor.get(article.id()).bodyMarkdown()).as("nothing changed").isEqualTo("First writer's body.");

		assertThat(http
			.putJson(path, body(article, "Weak tags never match."), "Authorization", TOKEN, "If-Match",
					"W/" + first.header("ETag"))
			.status()).isEqualTo(412);
		assertThat(http.putJson(path, body(article, "Any version will do."), "Authorization", TOKEN, "If-Match", "*")
			.status()).isEqualTo(200);
		assertThat(http.putJson(path, body(article, "No condition at all."), "Authorization", TOKEN).status())
			.as("without If-Match a PUT saves, as it always did")
			.isEqualTo(200);
		assertThat(editor.get(article.id()).bodyMarkdown()).isEqualTo("No condition at all.");
	}

	@Test
	void savingTheFormOverSomeoneElsesNewerTextShowsBothAndKeepsMine() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
		Document opened = admin.get("/admin/articles/" + article.id()).html();
		String version = opened.selectFirst("#article-editor input[name=version]").val();
		assertThat(version).isEqualTo(String.valueOf(article.version()));

		// Someone else saves first.
		assertThat(http
			.putJson("/api/v1/admin/articles/" + article.id(), body(article, "Their newer text."), "Authorization",
					TOKEN)
			.status()).isEqualTo(200);

		Map<String, String> mine = form(opened, article, "My own text, written at the same time.");
		Http.Response refused = admin.postForm("/admin/articles/" + article.id(), mine);
		assertThat(refused.status()).isEqualTo(409);
		Document page = refused.html();
		assertThat(page.selectFirst("[data-conflict] h2").text()).contains("after you started editing");
		assertThat(page.selectFirst(".conflict-theirs .conflict-body").text()).isEqualTo("Their newer text.");
		assertThat(page.selectFirst(".conflict-yours .conflict-body").text())
			.isEqualTo("My own text, written at the same time.");
		assertThat(page.select("table.diff .diff-removed").text()).contains("Their newer text.");
		assertThat(page.select("table.diff .diff-added").text()).contains("My own text");
		assertThat(page.selectFirst("#bodyMarkdown").val()).as("my text stays in the form")
			.isEqualTo("My own text, written at the same time.");
		assertThat(editor.get(article.id()).bodyMarkdown()).as("not overwritten").isEqualTo("Their newer text.");
		assertThat(new Http(port).get("/blog/" + article.slug()).body()).contains("Their newer text.");

		// Leaving and coming back: my text is still there, kept as my unsaved changes.
		Document reopened = admin.get("/admin/articles/" + article.id()).html();
		assertThat(reopened.selectFirst("#bodyMarkdown").val()).isEqualTo("My own text, written at the same time.");
		assertThat(reopened.selectFirst("[data-restored]")).isNotNull();

		// Saving from the conflict page replaces theirs, knowingly.
		Http.Response saved = admin.postForm("/admin/articles/" + article.id(),
				form(page, article, "My own text, written at the same time."));
		assertThat(saved.status()).isEqualTo(303);
		assertThat(editor.get(article.id()).bodyMarkdown()).isEqualTo("My own text, written at the same time.");
		assertThat(admin.get("/admin/articles/" + article.id()).html().selectFirst("[data-restored]"))
			.as("saving ends the unsaved changes")
			.isNull();
	}

	@Test
	void aPublishOrANewCoverInBetweenIsNoConflict() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		Document opened = admin.get("/admin/articles/" + article.id()).html();
		editor.publish(article.id());
		Http.Response saved = admin.postForm("/admin/articles/" + article.id(),
				form(opened, article, "Edited while someone published it."));
		assertThat(saved.status()).isEqualTo(303);
		ArticleView now = editor.get(article.id());
		assertThat(now.bodyMarkdown()).isEqualTo("Edited while someone published it.");
		assertThat(now.status()).isEqualTo(ArticleStatus.PUBLISHED);
	}

	private Map<String, String> form(Document page, ArticleView article, String body) {
		return Http.fields("_csrf", page.selectFirst("#article-editor input[name=_csrf]").val(), "version",
				page.selectFirst("#article-editor input[name=version]").val(), "title", article.title(), "slug",
				article.slug(), "summary", article.summary(), "bodyMarkdown", body, "category",
				article.category().slug(), "author", article.author().slug(), "tags", "", "action", "save");
	}

	private static String body(ArticleView article, String markdown) {
		return """
				{"title": "%s", "slug": "%s", "summary": "%s", "bodyMarkdown": "%s", "category": "%s", "author": "%s"}
				""".formatted(article.title(), article.slug(), article.summary(), markdown, article.category().slug(),
				article.author().slug());
	}

}
