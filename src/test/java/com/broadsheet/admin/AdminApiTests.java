package com.broadsheet.admin;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.broadsheet.content.ArticleCatalog;
import com.broadsheet.identity.Accounts;
import com.broadsheet.identity.ApiTokens;
import com.broadsheet.identity.NewAccount;
import com.broadsheet.identity.Role;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BroadsheetTest
class AdminApiTests {

	static final String TOKEN = Http.bearer(BroadsheetTest.API_TOKEN);

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void createsReadsUpdatesPublishesUnpublishesAndDeletes() {
		String title = "Via the API " + ArticleFixtures.unique();
		Http.Response created = http.postJson("/api/v1/admin/articles", """
				{"title": "%s", "summary": "From CI", "bodyMarkdown": "# Hello\\n\\nBody.",
				 "category": "operations", "tags": ["ci", "Automation"], "author": "daniel-okafor"}
				""".formatted(title), "Authorization", TOKEN);
		assertThat(created.status()).isEqualTo(201);
		JsonNode article = json.readTree(created.body());
		long id = article.get("id").asLong();
		assertThat(created.header("Location")).isEqualTo("/api/v1/admin/articles/" + id);
		assertThat(article.get("slug").asString()).isEqualTo(title.toLowerCase().replace(' ', '-'));
		assertThat(article.get("status").asString()).isEqualTo("DRAFT");
		assertThat(article.get("category").asString()).isEqualTo("operations");
		assertThat(article.get("author").asString()).isEqualTo("daniel-okafor");
		assertThat(article.get("tags").valueStream().map(JsonNode::asString)).containsExactly("ci", "automation");
		assertThat(article.get("publishedAt").isNull()).isTrue();

		JsonNode read = json.readTree(http.get("/api/v1/admin/articles/" + id, "Authorization", TOKEN).body());
		assertThat(read.get("bodyMarkdown").asString()).isEqualTo("# Hello\n\nBody.");

		Http.Response updated = http.putJson("/api/v1/admin/articles/" + id, """
				{"title": "%s", "slug": "api-renamed-%d", "summary": "Changed", "bodyMarkdown": "Body",
				 "category": "operations", "tags": [], "author": "daniel-okafor"}
				""".formatted(title, id), "Authorization", TOKEN);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(json.readTree(updated.body()).get("slug").asString()).isEqualTo("api-renamed-" + id);

		JsonNode published = json
			.readTree(http.postJson("/api/v1/admin/articles/" + id + "/publish", "", "Authorization", TOKEN).body());
		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(catalog.article("api-renamed-" + id)).isPresent();
		Http.Response again = http.postJson("/api/v1/admin/articles/" + id + "/publish", "", "Authorization", TOKEN);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.header("Content-Type")).startsWith("application/problem+json");

		JsonNode unpublished = json
			.readTree(http.postJson("/api/v1/admin/articles/" + id + "/unpublish", "", "Authorization", TOKEN).body());
		assertThat(unpublished.get("status").asString()).isEqualTo("DRAFT");
		assertThat(catalog.article("api-renamed-" + id)).isEmpty();

		assertThat(http.delete("/api/v1/admin/articles/" + id, "Authorization", TOKEN).status()).isEqualTo(204);
		assertThat(http.get("/api/v1/admin/articles/" + id, "Authorization", TOKEN).status()).isEqualTo(404);
	}

	@Test
	void createsStraightIntoPublishedOrScheduled() {
		Http.Response published = http.postJson("/api/v1/admin/articles", """
				{"title": "Live at once %s", "summary": "s", "bodyMarkdown": "b", "category": "security",
				 "author": "tomas-herrera", "status": "PUBLISHED"}
				""".formatted(ArticleFixtures.unique()), "Authorization", TOKEN);
		assertThat(json.readTree(published.body()).get("status").asString()).isEqualTo("PUBLISHED");
		Instant at = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		Http.Response scheduled = http.postJson("/api/v1/admin/articles", """
				{"title": "Tomorrow %s", "summary": "s", "bodyMarkdown": "b", "category": "security",
				 "author": "tomas-herrera", "status": "SCHEDULED", "scheduledAt": "%s"}
				""".formatted(ArticleFixtures.unique(), at), "Authorization", TOKEN);
		JsonNode body = json.readTree(scheduled.body());
		assertThat(body.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(Instant.parse(body.get("scheduledAt").asString())).isEqualTo(at);
	}

	@Test
	void invalidArticleIs422ProblemAndStoresNothing() {
		String title = "Invalid " + ArticleFixtures.unique();
		Http.Response response = http.postJson("/api/v1/admin/articles", """
				{"title": "%s", "slug": "Not A Slug", "summary": "", "category": "nope", "author": "maya-lindqvist",
				 "status": "SCHEDULED"}
				""".formatted(title), "Authorization", TOKEN);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(json.readTree(response.body()).get("errors").valueStream().map(e -> e.get("field").asString()))
			.contains("summary", "bodyMarkdown");
		JsonNode list = json.readTree(http.get("/api/v1/admin/articles", "Authorization", TOKEN).body());
		assertThat(list.get("items").valueStream().map(a -> a.get("title").asString())).doesNotContain(title);
	}

	@Test
	void refusesMissingUnknownAndRevokedTokens() {
		Http.Response none = http.get("/api/v1/admin/articles");
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(none.header("Content-Type")).startsWith("application/problem+json");
		assertThat(none.header("Set-Cookie")).isNull();
		assertThat(http.get("/api/v1/admin/articles", "Authorization", "Bearer bs_nope").status()).isEqualTo(401);
		assertThat(http.get("/api/v1/admin/articles", "Authorization", "Basic YWRtaW46YWRtaW4=").status())
			.isEqualTo(401);
		var admin = accounts.loadUserByUsername(BroadsheetTest.ADMIN_EMAIL);
		var issued = tokens.issue(admin.id(), "short-lived");
		assertThat(http.get("/api/v1/admin/articles", "Authorization", Http.bearer(issued.secret())).status())
			.isEqualTo(200);
		tokens.revoke(issued.id());
		assertThat(http.get("/api/v1/admin/articles", "Authorization", Http.bearer(issued.secret())).status())
			.isEqualTo(401);
	}

	@Test
	void authorTokensOnlyReachTheirOwnArticles() {
		var author = accounts.create(new NewAccount("api-author-" + ArticleFixtures.unique() + "@example.test",
				"API Author", "a long enough password", Role.AUTHOR, "tomas-herrera"));
		String token = Http.bearer(tokens.issue(author.id(), "author token").secret());
		Http.Response own = http.postJson("/api/v1/admin/articles", """
				{"title": "Mine %s", "summary": "s", "bodyMarkdown": "b", "category": "security"}
				""".formatted(ArticleFixtures.unique()), "Authorization", token);
		assertThat(own.status()).isEqualTo(201);
		assertThat(json.readTree(own.body()).get("author").asString()).isEqualTo("tomas-herrera");
		Http.Response impersonate = http.postJson("/api/v1/admin/articles", """
				{"title": "Not mine", "summary": "s", "bodyMarkdown": "b", "category": "security",
				 "author": "maya-lindqvist"}
				""", "Authorization", token);
		assertThat(impersonate.status()).as("the same rule as the admin form").isEqualTo(422);
		assertThat(json.readTree(impersonate.body()).get("errors").get(0).get("field").asString()).isEqualTo("author");
		JsonNode list = json.readTree(http.get("/api/v1/admin/articles", "Authorization", token).body());
		assertThat(list.get("items").valueStream().map(a -> a.get("author").asString())).containsOnly("tomas-herrera");
		long othersId = json
			.readTree(http.get("/api/v1/admin/articles?status=PUBLISHED", "Authorization", TOKEN).body())
			.get("items")
			.valueStream()
			.filter(a -> !a.get("author").asString().equals("tomas-herrera"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
		Http.Response forbidden = http.postJson("/api/v1/admin/articles/" + othersId + "/unpublish", "",
				"Authorization", token);
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void badRequestsAreProblems() {
		assertThat(http.get("/api/v1/admin/articles?status=LIVE", "Authorization", TOKEN).status()).isEqualTo(400);
		assertThat(http.get("/api/v1/admin/articles/abc", "Authorization", TOKEN).status()).isEqualTo(400);
		assertThat(http.postJson("/api/v1/admin/articles", "[1,2", "Authorization", TOKEN).status()).isEqualTo(400);
		assertThat(http.post("/api/v1/admin/articles", "text/plain", "hi", "Authorization", TOKEN).status())
			.isEqualTo(415);
	}

}
