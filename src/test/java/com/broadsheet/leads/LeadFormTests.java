package com.broadsheet.leads;

import java.util.Map;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@BroadsheetTest
class LeadFormTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	JdbcClient jdbc;

	Http http;

	ArticleView article;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		article = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
	}

	@Test
	void storesAValidLeadWithItsArticleThenRedirectsToThankYou() {
		String email = "buyer-" + ArticleFixtures.unique() + "@example.com";
		Http.Response response = http.postForm("/blog/" + article.slug() + "/leads", Map.of("name", "Grace Buyer",
				"email", email, "company", "Acme", "message", "We need help with caching.", "consent", "yes"));
		assertThat(response.status()).isEqualTo(303);
		assertThat(response.header("Location")).isEqualTo("/thank-you?from=" + article.slug());
		var stored = jdbc
			.sql("select name, company, message, consent, article_id, article_slug, source from lead where email = ?")
			.param(email)
			.query()
			.singleRow();
		assertThat(stored).containsEntry("name", "Grace Buyer")
			.containsEntry("company", "Acme")
			.containsEntry("consent", true)
			.containsEntry("article_id", article.id())
			.containsEntry("article_slug", article.slug())
			.containsEntry("source", "ARTICLE");
		Document thanks = http.get(response.header("Location")).html();
		assertThat(thanks.selectFirst("h1").text()).contains("Thank you");
		assertThat(thanks.selectFirst("a.button").attr("href")).isEqualTo("/blog/" + article.slug());
	}

	@Test
	void invalidLeadShowsTheArticleAgainWithInlineErrorsAndStoresNothing() {
		long before = count();
		Http.Response response = http.postForm("/blog/" + article.slug() + "/leads",
				Map.of("name", "", "email", "not-an-email", "message", "Hello <b>there</b>"));
		assertThat(response.status()).isEqualTo(422);
		Document page = response.html();
		assertThat(page.selectFirst("h1").text()).isEqualTo(article.title());
		assertThat(page.selectFirst("[role=alert]")).isNotNull();
		assertThat(page.selectFirst("#lead-name-error").text()).isEqualTo("Please tell us your name.");
		assertThat(page.selectFirst("#lead-email-error").text())
			.isEqualTo("This does not look like an e-mail address.");
		assertThat(page.selectFirst("#lead-consent-error").text()).contains("Please agree");
		assertThat(page.selectFirst("#lead-email").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.selectFirst("#lead-email").val()).isEqualTo("not-an-email");
		assertThat(page.selectFirst("#lead-message").text()).isEqualTo("Hello <b>there</b>");
		assertThat(page.select("#lead-message b")).isEmpty();
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void contactPageTakesLeadsWithoutAnArticle() {
		assertThat(http.get("/contact").html().selectFirst("form").attr("action")).isEqualTo("/contact#lets-talk");
		String email = "contact-" + ArticleFixtures.unique() + "@example.com";
		Http.Response response = http.postForm("/contact",
				Map.of("name", "Lin", "email", email, "message", "Hi", "consent", "on"));
		assertThat(response.status()).isEqualTo(303);
		assertThat(response.header("Location")).isEqualTo("/thank-you");
		assertThat(jdbc.sql("select source from lead where email = ?").param(email).query(String.class).single())
			.isEqualTo("CONTACT");
		Http.Response invalid = http.postForm("/contact", Map.of("name", "Lin", "email", email, "message", "Hi"));
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.html().selectFirst("#contact-consent-error")).isNotNull();
	}

	@Test
	void leadFormForAnUnknownArticleIsNotFound() {
		Http.Response response = http.postForm("/blog/nope/leads",
				Map.of("name", "A", "email", "a@example.com", "message", "m", "consent", "yes"));
		assertThat(response.status()).isEqualTo(404);
	}

	@Test
	void oversizedFormIsRefusedWith413() {
		long before = count();
		Http.Response response = http.postForm("/contact",
				Map.of("name", "Big", "email", "big@example.com", "message", "x".repeat(70 * 1024), "consent", "yes"));
		assertThat(response.status()).isEqualTo(413);
		assertThat(count()).isEqualTo(before);
	}

	private long count() {
		return jdbc.sql("select count(*) from lead").query(Long.class).single();
	}

}
