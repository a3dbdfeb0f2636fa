package com.broadsheet.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every hostile input of the corpus in every public form field, JSON field, query
 * parameter and path segment: never a 500, nothing stored when rejected, and whatever is
 * stored renders inert. Plus the shapes of hostile requests: malformed and deeply nested
 * JSON, wrong content types, oversized bodies.
 */
@BroadsheetTest
class HostileInputTests {

	static final List<String> LEAD_FIELDS = List.of("name", "email", "company", "message");

	@LocalServerPort
	int port;

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
	void theLeadApiAcceptsOrRejectsEveryHostileFieldCleanly() {
		for (String input : HostileInput.corpus()) {
			for (String field : LEAD_FIELDS) {
				Map<String, Object> lead = validLead();
				lead.put(field, input);
				long before = leads();
				Http.Response response = http.postJson("/api/v1/leads", json.writeValueAsString(lead));
				assertThat(response.status()).as("%s = %s", field, input).isIn(201, 422);
				assertThat(leads()).as("stored only when accepted: %s = %s", field, input)
					.isEqualTo(before + (response.status() == 201 ? 1 : 0));
				if (response.status() == 422) {
					assertThat(json.readTree(response.body()).get("errors").toString()).contains(field);
				}
				assertThat(response.headers().allValues("Set-Cookie")).as("no header injection").isEmpty();
			}
		}
	}

	@Test
	void theLeadFormsAcceptOrRejectEveryHostileFieldCleanly() {
		for (String input : HostileInput.corpus()) {
			for (String field : LEAD_FIELDS) {
				Map<String, String> form = new LinkedHashMap<>();
				validLead().forEach((key, value) -> form.put(key, String.valueOf(value)));
				form.put("consent", "yes");
				form.put(field, input);
				long before = leads();
				Http.Response response = http.postForm("/contact", form);
				assertThat(response.status()).as("%s = %s", field, input).isIn(303, 422);
				assertThat(leads()).isEqualTo(before + (response.status() == 303 ? 1 : 0));
				if (response.status() == 422) {
					HostileInput.assertInert(Jsoup.parse(response.body()), "re-rendered form, " + field);
					assertThat(response.body()).doesNotContain("<script>window.__xss");
				}
			}
		}
	}

	@Test
	void queryParametersAndPathsNeverFail() {
		for (String input : HostileInput.corpus()) {
			String encoded = URLEncoder.encode(input, StandardCharsets.UTF_8).replace("+", "%20");
			for (String path : List.of("/?page=" + encoded, "/?category=" + encoded, "/api/v1/articles?page=" + encoded,
					"/api/v1/articles?tag=" + encoded + "&author=" + encoded, "/blog/" + encoded,
					"/category/" + encoded, "/tag/" + encoded, "/author/" + encoded, "/api/v1/articles/" + encoded,
					"/feed.xml?x=" + encoded)) {
				Http.Response response = http.get(path);
				assertThat(response.status()).as(path).isIn(200, 400, 404);
				if (response.header("Content-Type") != null
						&& response.header("Content-Type").startsWith("text/html")) {
					HostileInput.assertInert(Jsoup.parse(response.body()), path);
				}
			}
		}
	}

	@Test
	void hostileArticlesFromTheAdminApiRenderInert() {
		int stored = 0;
		for (String input : HostileInput.corpus()) {
			String unique = ArticleFixtures.unique();
			Map<String, Object> article = Map.of("title", "Hostile " + unique + " " + input, "summary", input,
					"bodyMarkdown", input + "\n\n" + input, "category", "architecture", "author", "maya-lindqvist",
					"status", "PUBLISHED");
			Http.Response created = http.postJson("/api/v1/admin/articles", json.writeValueAsString(article),
					"Authorization", Http.bearer(BroadsheetTest.API_TOKEN));
			assertThat(created.status()).as(input).isIn(201, 422);
			if (created.status() == 201) {
				stored++;
				String slug = json.readTree(created.body()).get("slug").asString();
				Http.Response page = http.get("/blog/" + slug);
				assertThat(page.status()).isEqualTo(200);
				HostileInput.assertInert(Jsoup.parse(page.body()), "article page: " + input);
				String bodyHtml = json.readTree(http.get("/api/v1/articles/" + slug).body()).get("bodyHtml").asString();
				HostileInput.assertInert(Jsoup.parseBodyFragment(bodyHtml), "API bodyHtml: " + input);
			}
		}
		assertThat(stored).as("most hostile articles are valid content, stored and rendered").isGreaterThan(30);
	}

	@Test
	void hostileRequestShapesAreRefusedWithTheRightStatus() {
		Map<String, Integer> bodies = new LinkedHashMap<>();
		bodies.put("{\"name\": \"x\"", 400);
		bodies.put("{\"name\": }", 400);
		bodies.put("\"just a string\"", 400);
		bodies.put("[1, 2", 400);
		bodies.put("{\"name\": \"a\", \"email\": {\"$gt\": \"\"}, \"message\": \"m\", \"consent\": true}", 400);
		bodies.put("[".repeat(20_000) + "]".repeat(20_000), 400);
		bodies.put("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), 400);
		bodies.put("{\"name\": \"" + "x".repeat(200_000) + "\"}", 413);
		bodies.forEach((body, status) -> {
			Http.Response response = http.postJson("/api/v1/leads", body);
			assertThat(response.status()).as(body.substring(0, Math.min(60, body.length()))).isEqualTo(status);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		});
		String valid = json.writeValueAsString(validLead());
		for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=x")) {
			assertThat(http.post("/api/v1/leads", type, valid).status()).as(type).isEqualTo(415);
		}
	}

	private Map<String, Object> validLead() {
		Map<String, Object> lead = new LinkedHashMap<>();
		lead.put("name", "Hostile Tester");
		lead.put("email", "hostile-" + ArticleFixtures.unique() + "@example.com");
		lead.put("company", "Acme");
		lead.put("message", "Hello " + ArticleFixtures.unique());
		lead.put("consent", true);
		return lead;
	}

	private long leads() {
		return jdbc.sql("select count(*) from lead").query(Long.class).single();
	}

}
