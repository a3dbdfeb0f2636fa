package com.broadsheet.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.broadsheet.web.PageRequest;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.RecordedQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With 50,000 articles loaded, the queries behind the hot pages (index, article by slug,
 * category and tag listings, feeds) must be answered from indexes: EXPLAIN shows no
 * sequential scan on the article table. The queries explained are the ones the
 * application actually ran, recorded with their parameters.
 */
@BroadsheetTest(properties = { "broadsheet.demo-content=false", "broadsheet.admin.password=a long test password" })
@Import(RecordedQueries.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlanTests {

	static final int ARTICLES = 50_000;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	RecordedQueries recorded;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JsonMapper json;

	@BeforeAll
	void loadFiftyThousandArticles() {
		jdbc.sql(
				"insert into category (slug, name) select 'category-' || i, 'Category ' || i from generate_series(1, 12) i")
			.update();
		jdbc.sql("insert into author (slug, name) select 'author-' || i, 'Author ' || i from generate_series(1, 25) i")
			.update();
		jdbc.sql("insert into tag (slug, name) select 'tag-' || i, 'Tag ' || i from generate_series(1, 400) i")
			.update();
		jdbc.sql("""
				insert into article (slug, title, summary, body_markdown, body_html, reading_minutes, tag_slugs,
				                     tag_names, category_id, author_id, status, published_at, scheduled_at)
				select 'article-' || i, 'Article ' || i, 'Summary ' || i, 'Body ' || i, '<p>Body ' || i || '</p>', 3,
				       array['tag-' || (i % 400 + 1)], array['Tag ' || (i % 400 + 1)],
				       (select min(id) from category) + i % 12, (select min(id) from author) + i % 25,
				       case when i % 10 = 0 then 'DRAFT' else 'PUBLISHED' end,
				       case when i % 10 = 0 then null else now() - i * interval '17 minutes' end, null
				from generate_series(1, ?) i
				""").param(ARTICLES).update();
		jdbc.sql("""
				insert into article_tag (article_id, tag_id)
				select a.id, t.id from article a join tag t on t.slug = a.tag_slugs[1]
				""").update();
		jdbc.sql("""
				update category c set published_count = (select count(*) from article a
				  where a.category_id = c.id and a.status = 'PUBLISHED')
				""").update();
		jdbc.sql("""
				update author au set published_count = (select count(*) from article a
				  where a.author_id = au.id and a.status = 'PUBLISHED')
				""").update();
		jdbc.sql("""
				update tag t set published_count = (select count(*) from article_tag at join article a
				  on a.id = at.article_id where at.tag_id = t.id and a.status = 'PUBLISHED')
				""").update();
		jdbc.sql("analyze").update();
	}

	@Test
	void indexPageUsesAnIndex() {
		assertNoSequentialScanOnArticles(() -> catalog.published(ArticleFilter.ALL, new PageRequest(3, 12)));
	}

	@Test
	void articleBySlugUsesAnIndex() {
		assertNoSequentialScanOnArticles(() -> catalog.article("article-4242"));
	}

	@Test
	void categoryListingUsesAnIndex() {
		assertNoSequentialScanOnArticles(
				() -> catalog.published(ArticleFilter.category("category-3"), new PageRequest(2, 12)));
	}

	@Test
	void tagListingUsesAnIndex() {
		assertNoSequentialScanOnArticles(() -> catalog.published(ArticleFilter.tag("tag-17"), new PageRequest(1, 12)));
	}

	@Test
	void authorListingUsesAnIndex() {
		assertNoSequentialScanOnArticles(
				() -> catalog.published(ArticleFilter.author("author-7"), new PageRequest(1, 12)));
	}

	@Test
	void feedUsesAnIndex() {
		assertNoSequentialScanOnArticles(() -> catalog.latest(20));
	}

	private void assertNoSequentialScanOnArticles(Supplier<?> hotPath) {
		recorded.clear();
		Object result = hotPath.get();
		assertThat(result).isNotNull();
		List<RecordedQueries.Statement> queries = recorded.statements()
			.stream()
			.filter(statement -> statement.sql().contains("article"))
			.toList();
		assertThat(queries).as("queries on article").isNotEmpty();
		for (RecordedQueries.Statement query : queries) {
			JsonNode plan = explain(query);
			List<String> scans = new ArrayList<>();
			collectScans(plan, scans);
			assertThat(scans).as("plan of %s%n%s", query.sql(), plan.toPrettyString())
				.doesNotContain("Seq Scan on article");
			assertThat(scans).as("plan of %s uses an index", query.sql())
				.anyMatch(scan -> scan.contains("Index") && scan.contains("on article"));
		}
	}

	private JsonNode explain(RecordedQueries.Statement query) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("explain (format json) " + query.sql())) {
			for (int i = 0; i < query.parameters().size(); i++) {
				statement.setObject(i + 1, query.parameters().get(i));
			}
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return json.readTree(rs.getString(1)).get(0).get("Plan");
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void collectScans(JsonNode node, List<String> scans) {
		String type = node.get("Node Type").asString();
		if (node.has("Relation Name")) {
			scans.add(type + " on " + node.get("Relation Name").asString());
		}
		if (node.has("Plans")) {
			node.get("Plans").forEach(child -> collectScans(child, scans));
		}
	}

}
