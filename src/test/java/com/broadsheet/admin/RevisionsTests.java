package com.broadsheet.admin;

import java.util.List;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.identity.Accounts;
import com.broadsheet.identity.ApiTokens;
import com.broadsheet.identity.NewAccount;
import com.broadsheet.identity.Role;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every save that changes the text keeps a revision; any revision can be restored. */
@BroadsheetTest
class RevisionsTests {

	static final String TOKEN = Http.bearer(BroadsheetTest.API_TOKEN);

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JsonMapper json;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void everySaveThatChangesTheTextKeepsARevisionNamingWhoSavedIt() {
		String adminName = accounts.loadUserByUsername(BroadsheetTest.ADMIN_EMAIL).displayName();
		long id = create("Original body.");
		put(id, "Second body.");
		put(id, "Second body.");
		assertThat(http.postJson("/api/v1/admin/articles/" + id + "/publish", "", "Authorization", TOKEN).status())
			.isEqualTo(200);

		List<JsonNode> revisions = revisions(id);
		assertThat(revisions).as("a save with the same text and a publish keep no revision").hasSize(2);
		assertThat(revisions.get(0).get("savedBy").asString()).isEqualTo(adminName);
		assertThat(revisions.get(0).get("title").asString()).startsWith("Revised ");
		assertThat(revisions.get(0).has("savedAt")).isTrue();
		JsonNode listedBody = revisions.get(0).path("bodyMarkdown");
		assertThat(listedBody.isNull() || listedBody.isMissingNode()).as("the list leaves bodies out").isTrue();

		JsonNode oldest = json
			.readTree(http.get("/api/v1/admin/articles/" + id + "/revisions/" + revisions.get(1).get("id").asLong(),
					"Authorization", TOKEN)
				.body());
		assertThat(oldest.get("bodyMarkdown").asString()).isEqualTo("Original body.");
		assertThat(http.get("/api/v1/admin/articles/" + id + "/revisions/999999999", "Authorization", TOKEN).status())
			.isEqualTo(404);
	}

	@Test
	void restoringARevisionBringsItsTextBackAsANewRevision() {
		long id = create("The first draft, which was better.");
		put(id, "A rewrite nobody liked.");
		http.postJson("/api/v1/admin/articles/" + id + "/publish", "", "Authorization", TOKEN);
		long first = revisions(id).get(1).get("id").asLong();

		Http.Response restored = http.postJson("/api/v1/admin/articles/" + id + "/revisions/" + first + "/restore", "",
				"Authorization", TOKEN);
		assertThat(restored.status()).isEqualTo(200);
		assertThat(json.readTree(restored.body()).get("bodyMarkdown").asString())
			.isEqualTo("The first draft, which was better.");
		ArticleView article = editor.get(id);
		assertThat(article.title()).startsWith("Original ");
		assertThat(new Http(port).get("/blog/" + article.slug()).body()).as("readers see it at once")
			.contains("The first draft, which was better.");

		List<JsonNode> after = revisions(id);
		assertThat(after).hasSize(3);
		assertThat(after.get(0).get("restoredFrom").asLong()).isEqualTo(first);
		assertThat(after.get(1).get("title").asString()).as("the replaced text is history too").startsWith("Revised ");
	}

	@Test
	void theAdminListsRevisionsShowsTheDiffAndRestores() {
		long id = create("Line one\nLine two\nLine three");
		put(id, "Line one\nLine 2\nLine three");
		Http admin = new Http(port).signIn(BroadsheetTest.ADMIN_EMAIL, BroadsheetTest.ADMIN_PASSWORD);
		Document list = admin.get("/admin/articles/" + id + "/revisions").html();
		assertThat(list.select("tr[data-revision]")).hasSize(2);
		assertThat(list.select("tr[data-revision]").first().text()).contains("Current text");
		String older = list.select("tr[data-revision]").last().attr("data-revision");

		Document revision = admin.get("/admin/articles/" + id + "/revisions/" + older).html();
		assertThat(revision.select("table.diff .diff-removed").text()).isEqualTo("− Line two");
		assertThat(revision.select("table.diff .diff-added").text()).isEqualTo("+ Line 2");
		assertThat(revision.select("details.confirm summary").text()).isEqualTo("Restore this revision…");

		String csrf = revision.selectFirst("details.confirm input[name=_csrf]").val();
		Http.Response restored = admin.postForm("/admin/articles/" + id + "/revisions/" + older + "/restore",
				Http.fields("_csrf", csrf));
		assertThat(restored.status()).isEqualTo(303);
		assertThat(admin.get(restored.header("Location")).html().selectFirst(".notice").text())
			.startsWith("Revision restored");
		assertThat(editor.get(id).bodyMarkdown()).isEqualTo("Line one\nLine two\nLine three");
	}

	@Test
	void authorsOnlySeeTheHistoryOfTheirOwnArticles() {
		long id = create("Someone else's words.");
		var author = accounts.create(new NewAccount("rev-author-" + ArticleFixtures.unique() + "@example.test",
				"Rev Author", "a long enough password", Role.AUTHOR, "tomas-herrera"));
		String token = Http.bearer(tokens.issue(author.id(), "author token").secret());
		assertThat(http.get("/api/v1/admin/articles/" + id + "/revisions", "Authorization", token).status())
			.isEqualTo(403);
		long revision = revisions(id).get(0).get("id").asLong();
		assertThat(http
			.postJson("/api/v1/admin/articles/" + id + "/revisions/" + revision + "/restore", "", "Authorization",
					token)
			.status()).isEqualTo(403);
	}

	private long create(String body) {
		Http.Response created = http.postJson("/api/v1/admin/articles", """
				{"title": "Original %s", "summary": "s", "bodyMarkdown": "%s", "category": "architecture",
				 "author": "maya-lindqvist"}
				""".formatted(ArticleFixtures.unique(), body.replace("\n", "\\n")), "Authorization", TOKEN);
		assertThat(created.status()).isEqualTo(201);
		return json.readTree(created.body()).get("id").asLong();
	}

	private void put(long id, String body) {
		ArticleView article = editor.get(id);
		Http.Response updated = http.putJson("/api/v1/admin/articles/" + id, """
				{"title": "Revised %s", "slug": "%s", "summary": "s", "bodyMarkdown": "%s", "category": "architecture",
				 "author": "maya-lindqvist"}
				""".formatted(article.slug(), article.slug(), body.replace("\n", "\\n")), "Authorization", TOKEN);
		assertThat(updated.status()).isEqualTo(200);
	}

	private List<JsonNode> revisions(long id) {
		Http.Response response = http.get("/api/v1/admin/articles/" + id + "/revisions", "Authorization", TOKEN);
		assertThat(response.status()).isEqualTo(200);
		return json.readTree(response.body()).get("items").valueStream().toList();
	}

}
