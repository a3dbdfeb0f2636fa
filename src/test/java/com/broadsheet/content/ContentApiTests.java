package com.broadsheet.content;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.DemoCatalog;
import com.broadsheet.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BroadsheetTest
class ContentApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	JsonMapper json;

	Http http;

	ArticleFixtures fixtures;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		fixtures = new ArticleFixtures(editor, taxonomy);
	}

	@Test
	void listsPublishedArticlesNewestFirstTwelveAPage() {
		ArticleView newest = fixtures.publishedArticle().create();
		JsonNode page = get("/api/v1/articles");
		assertThat(page.get("page").asInt()).isEqualTo(1);
		assertThat(page.get("pageSize").asInt()).isEqualTo(12);
		assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(DemoCatalog.articles() + 1);
		assertThat(page.get("totalPages").asInt()).isEqualTo((int) ((page.get("totalItems").asLong() + 11) / 12));
		assertThat(page.get("items")).hasSize(12);
		JsonNode first = page.get("items").get(0);
		assertThat(first.get("slug").asString()).isEqualTo(newest.slug());
		assertThat(first.get("url").asString()).isEqualTo("http://localhost:8080/blog/" + newest.slug());
		assertThat(first.get("category").get("slug").asString()).isEqualTo("architecture");
		assertThat(first.get("author").get("name").asString()).isEqualTo("Maya Lindqvist");
		assertThat(first.has("bodyHtml")).isFalse();
		assertThat(get("/api/v1/articles?page=2").get("items").get(0).get("slug").asString())
			.isNotEqualTo(newest.slug());
	}

	@Test
	void filtersByCategoryTagAndAuthor() {
		Term category = fixtures.term(TermKind.CATEGORY, "Api");
		String tag = "api-tag-" + ArticleFixtures.unique();
		ArticleView match = fixtures.publishedArticle().in(category.slug()).by("daniel-okafor").withTags(tag).create();
		fixtures.publishedArticle().in(category.slug()).by("maya-lindqvist").create();
		assertThat(get("/api/v1/articles?category=" + category.slug()).get("totalItems").asLong()).isEqualTo(2);
		JsonNode byTag = get("/api/v1/articles?tag=" + tag);
		assertThat(byTag.get("totalItems").asLong()).isEqualTo(1);
		assertThat(byTag.get("items").get(0).get("id").asLong()).isEqualTo(match.id());
		JsonNode combined = get("/api/v1/articles?category=" + category.slug() + "&author=daniel-okafor");
		assertThat(combined.get("totalItems").asLong()).isEqualTo(1);
		assertThat(combined.get("items").get(0).get("slug").asString()).isEqualTo(match.slug());
	}

	@Test
	void returnsOneArticleWithItsSanitizedBody() {
		ArticleView article = fixtures.publishedArticle()
			.withBody("# Title\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))")
			.create();
		JsonNode body = get("/api/v1/articles/" + article.slug());
		assertThat(body.get("title").asString()).isEqualTo(article.title());
		assertThat(body.get("bodyHtml").asString()).contains("<h1 id=\"h-title\">Title</h1>")
			.doesNotContain("<script")
			.doesNotContain("javascript:");
	}

	@Test
	void listsTaxonomiesWithArticleCounts() {
		JsonNode categories = get("/api/v1/categories");
		assertThat(categories.valueStream().map(c -> c.get("slug").asString())).contains("architecture", "security");
		JsonNode authors = get("/api/v1/authors");
		assertThat(authors.valueStream()
			.filter(a -> a.get("slug").asString().equals("priya-raman"))
			.findFirst()
			.orElseThrow()
			.get("articleCount")
			.asInt()).isGreaterThanOrEqualTo(5);
		assertThat(get("/api/v1/tags")).isNotEmpty();
	}

	@Test
	void listsTagsByNameWhateverTheirCase() {
		String unique = ArticleFixtures.unique();
		taxonomy.create(TermKind.TAG, new TermDraft("QA Testing " + unique, null, null));
		taxonomy.create(TermKind.TAG, new TermDraft("abuse " + unique, null, null));
		List<String> names = get("/api/v1/tags").valueStream().map(tag -> tag.get("name").asString()).toList();
		assertThat(names.indexOf("abuse " + unique)).isNotNegative().isLessThan(names.indexOf("QA Testing " + unique));
		assertThat(names).isSortedAccordingTo(Comparator.comparing(name -> name.toLowerCase(Locale.ROOT)));
	}

	@Test
	void unknownArticleAndFilterAre404Problems() {
		for (String path : new String[] { "/api/v1/articles/no-such", "/api/v1/articles?category=no-such",
				"/api/v1/articles?page=500" }) {
			Http.Response response = http.get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
			assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(404);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "-1", "abc", "0", "123456789012" })
	void badPageIs400Problem(String page) {
		Http.Response response = http.get("/api/v1/articles?page=" + page);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(json.readTree(response.body()).get("detail").asString()).contains("page");
	}

	private JsonNode get(String path) {
		Http.Response response = http.get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		return json.readTree(response.body());
	}

}
