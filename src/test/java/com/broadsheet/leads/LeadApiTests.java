package com.broadsheet.leads;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@BroadsheetTest
class LeadApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void acceptsALeadWith201AndLocation() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
		String email = "api-" + ArticleFixtures.unique() + "@example.com";
		Http.Response response = http.postJson("/api/v1/leads", """
				{"name": "Api Buyer", "email": "%s", "company": "Initech", "message": "Hello",
				 "consent": true, "article": "%s"}
				""".formatted(email, article.slug()));
		assertThat(response.status()).isEqualTo(201);
		JsonNode body = json.readTree(response.body());
		String id = body.get("id").asString();
		assertThat(response.header("Location")).isEqualTo("/api/v1/leads/" + id);
		assertThat(jdbc.sql("select article_slug from lead where id = ?::uuid").param(id).query(String.class).single())
			.isEqualTo(article.slug());
		Http.Response readBack = http.get(response.header("Location"), "Authorization",
				Http.bearer(BroadsheetTest.API_TOKEN));
		assertThat(readBack.status()).isEqualTo(200);
		assertThat(json.readTree(readBack.body()).get("email").asString()).isEqualTo(email);
		assertThat(http.get(response.header("Location")).status()).isEqualTo(401);
	}

	@Test
	void invalidLeadIs422ProblemNamingEveryBadField() {
		long before = count();
		Http.Response response = http.postJson("/api/v1/leads", """
				{"name": " ", "email": "nope", "message": "", "consent": false, "article": "no-such-article"}
				""");
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(422);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString())).contains("name",
				"email", "message", "consent");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void unknownFieldsAre422NamingEachAndNothingIsStored() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
		long before = count();
		Http.Response response = http.postJson("/api/v1/leads", """
				{"name": "A", "email": "unknown-fields@example.com", "message": "m", "consent": true,
				 "articleSlug": "%s", "phone": "+1 555 0100"}
				""".formatted(article.slug()));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode errors = json.readTree(response.body()).get("errors");
		assertThat(errors.valueStream().map(error -> error.get("field").asString())).containsExactly("articleSlug",
				"phone");
		assertThat(errors.get(0).get("message").asString()).as("says what the field is called").contains("article");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void unknownArticleIsAFieldError() {
		Http.Response response = http.postJson("/api/v1/leads", """
				{"name": "A", "email": "a@example.com", "message": "m", "consent": true, "article": "no-such-article"}
				""");
		assertThat(response.status()).isEqualTo(422);
		assertThat(json.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("article");
	}

	@Test
	void malformedJsonIs400Problem() {
		Http.Response response = http.postJson("/api/v1/leads", "{\"name\": ");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(json.readTree(response.body()).get("detail").asString()).contains("not readable");
	}

	@Test
	void wrongContentTypeIs415Problem() {
		Http.Response response = http.post("/api/v1/leads", "text/plain", "name=x");
		assertThat(response.status()).isEqualTo(415);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void bodyOver64KilobytesIs413ProblemEvenWhenChunked() {
		long before = count();
		String big = "{\"name\": \"" + "x".repeat(70 * 1024) + "\"}";
		Http.Response declared = http.postJson("/api/v1/leads", big);
		assertThat(declared.status()).isEqualTo(413);
		assertThat(declared.header("Content-Type")).startsWith("application/problem+json");
		HttpRequest chunked = http.request("/api/v1/leads")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
			.build();
		Http.Response streamed = http.send(chunked);
		assertThat(streamed.status()).isEqualTo(413);
		assertThat(count()).isEqualTo(before);
	}

	private long count() {
		return jdbc.sql("select count(*) from lead").query(Long.class).single();
	}

}
