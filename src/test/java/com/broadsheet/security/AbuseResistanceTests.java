package com.broadsheet.security;

import com.broadsheet.web.WebProperties;
import java.util.Map;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.content.TermKind;
import com.broadsheet.identity.Accounts;
import com.broadsheet.identity.ApiTokens;
import com.broadsheet.identity.Editor;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lead spam and abuse, on one instance with the limits of a real site: the rate limit
 * answers 429 with Retry-After, bots that fill the honeypot or post instantly are told
 * "thank you" and stored nowhere, repeats of one lead are one lead, and every response
 * carries the security headers.
 */
@BroadsheetTest
@TestPropertySource(properties = { "broadsheet.rate-limits.leads.requests=3", "broadsheet.rate-limits.leads.per=1h",
		"broadsheet.rate-limits.content-api.requests=5", "broadsheet.rate-limits.content-api.per=1h",
		"broadsheet.rate-limits.admin-api.requests=5", "broadsheet.rate-limits.admin-api.per=1h" })
class AbuseResistanceTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	WebProperties web;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void leadsOverTheLimitGet429WithRetryAfterAndAreNotStored() {
		// Each test counts from a client address of its own.
		String client = "203.0.113." + (int) (Math.random() * 200 + 1);
		String domain = ArticleFixtures.unique() + ".example.com";
		for (int i = 0; i < 3; i++) {
			assertThat(postLead(client, "spam" + i + "@" + domain, "Hello " + i).status()).isEqualTo(201);
		}
		Http.Response limited = postLead(client, "spam4@" + domain, "Hello 4");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 3600L);
		assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
		assertThat(count("%@" + domain)).isEqualTo(3);
		Http.Response form = http.postForm("/contact",
				Map.of("name", "Form Spam", "email", "form@" + domain, "message", "Hi", "consent", "yes"),
				"X-Forwarded-For", client);
		assertThat(form.status()).as("the HTML forms share the limit").isEqualTo(429);
		assertThat(postLead("203.0.113.250", "other@" + domain, "Hello").status()).as("other clients are not limited")
			.isEqualTo(201);
	}

	@Test
	void theContentApiIsLimitedPerClient() {
		String client = "198.51.100." + (int) (Math.random() * 200 + 1);
		for (int i = 0; i < 5; i++) {
			assertThat(http.get("/api/v1/articles", "X-Forwarded-For", client).status()).isEqualTo(200);
		}
		Http.Response limited = http.get("/api/v1/articles", "X-Forwarded-For", client);
		assertThat(limited.status()).as("cached responses count too").isEqualTo(429);
		assertThat(limited.header("Retry-After")).isNotNull();
	}

	@Test
	void theAdminApiIsLimitedPerToken() {
		Editor admin = accounts.all()
			.stream()
			.filter(editor -> editor.email().equals(BroadsheetTest.ADMIN_EMAIL))
			.findFirst()
			.orElseThrow();
		String busy = tokens.issue(admin.id(), "Busy script").secret();
		for (int i = 0; i < 5; i++) {
			assertThat(http.get("/api/v1/admin/articles", "Authorization", Http.bearer(busy)).status()).isEqualTo(200);
		}
		Http.Response limited = http.get("/api/v1/admin/articles", "Authorization", Http.bearer(busy));
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("Retry-After")).isNotNull();
		String other = tokens.issue(admin.id(), "Quiet script").secret();
		assertThat(http.get("/api/v1/admin/articles", "Authorization", Http.bearer(other)).status())
			.as("another token, same address")
			.isEqualTo(200);
	}

	@Test
	void sessionCookiesAreSecureBehindTlsAndSignInOnlyRedirectsLocally() {
		Http browser = new Http(port);
		Http.Response login = browser.get("/login", "X-Forwarded-Proto", "https");
		assertThat(String.join("; ", login.headers().allValues("Set-Cookie"))).contains("Secure", "HttpOnly");
		Http plain = new Http(port);
		assertThat(plain.get("/admin/articles").header("Location")).endsWith("/login");
		Http.Response signedIn = plain.postForm("/login",
				Http.fields("_csrf", plain.csrf("/login"), "username", BroadsheetTest.ADMIN_EMAIL, "password",
						BroadsheetTest.ADMIN_PASSWORD, "continue", "https://evil.example/", "redirect",
						"//evil.example", "next", "https://evil.example"));
		assertThat(signedIn.header("Location")).as("back to where the editor was, on this site")
			.startsWith("http://localhost:" + port + "/admin/articles")
			.doesNotContain("evil");
	}

	@Test
	void botsAreThankedAndForgotten() {
		ArticleView article = article();
		String domain = ArticleFixtures.unique() + ".example.com";
		Http.Response honeypot = http.postForm(
				"/blog/" + article.slug() + "/leads", Map.of("name", "Bot", "email", "bot@" + domain, "message",
						"Buy now", "consent", "yes", "website", "http://spam.example"),
				"X-Forwarded-For", "192.0.2.10");
		assertThat(honeypot.status()).isEqualTo(303);
		assertThat(honeypot.header("Location")).startsWith("/thank-you");
		Http.Response instant = http.postForm("/contact", Map.of("name", "Fast Bot", "email", "fast@" + domain,
				"message", "Buy now", "consent", "yes", "elapsed", "350"), "X-Forwarded-For", "192.0.2.11");
		assertThat(instant.status()).isEqualTo(303);
		assertThat(count("%@" + domain)).as("nothing stored").isZero();

		Http.Response person = http.postForm("/contact", Map.of("name", "Real Person", "email", "person@" + domain,
				"message", "Let's talk", "consent", "yes", "elapsed", "30000", "website", ""), "X-Forwarded-For",
				"192.0.2.12");
		assertThat(person.status()).isEqualTo(303);
		assertThat(count("%@" + domain)).as("a person who took their time is stored").isEqualTo(1);
	}

	@Test
	void theFormCarriesAnInvisibleHoneypotAndATimeToSubmitField() {
		var form = http.get("/contact").html().selectFirst("form.lead-form");
		assertThat(form.selectFirst(".hp input[name=website]")).isNotNull();
		assertThat(form.selectFirst(".hp").attr("aria-hidden")).isEqualTo("true");
		assertThat(form.selectFirst("input[name=elapsed]").val()).as("filled in by the browser, not the cached page")
			.isEmpty();
		assertThat(http.get("/js/site.js").body()).contains("input[name=elapsed]");
	}

	@Test
	void theSameLeadSentTwiceIsOneLead() {
		String email = "twice-" + ArticleFixtures.unique() + "@example.com";
		Http.Response first = postLead("192.0.2.20", email, "Same message");
		Http.Response again = postLead("192.0.2.20", email, "Same message");
		assertThat(again.status()).isEqualTo(201);
		assertThat(json.readTree(again.body()).get("id").asString())
			.isEqualTo(json.readTree(first.body()).get("id").asString());
		assertThat(count(email)).isEqualTo(1);
		assertThat(postLead("192.0.2.20", email, "A different question").status()).isEqualTo(201);
		assertThat(count(email)).isEqualTo(2);
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() {
		ArticleView article = article();
		for (String path : new String[] { "/", "/blog/" + article.slug(), "/blog/" + article.slug(), "/login",
				"/api/v1/categories", "/no-such-page" }) {
			Http.Response response = http.get(path, "X-Forwarded-For", "192.0.2.30");
			String policy = response.header("Content-Security-Policy");
			assertThat(policy).as(path)
				.contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval");
			assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
			assertThat(response.header("Permissions-Policy")).as(path).contains("camera=()");
			assertThat(response.headers().allValues("Content-Security-Policy")).as(path).hasSize(1);
		}
		assertThat(http.get("/").header("Strict-Transport-Security")).as("HSTS only over TLS").isNull();
		assertThat(http.get("/", "X-Forwarded-Proto", "https").header("Strict-Transport-Security"))
			.as("HSTS behind a TLS-terminating balancer")
			.startsWith("max-age=" + web.security().hsts().maxAge().toSeconds());
	}

	private ArticleView article() {
		ArticleFixtures fixtures = new ArticleFixtures(editor, taxonomy);
		return fixtures.publishedArticle()
			.in(fixtures.term(TermKind.CATEGORY, "Abuse").slug())
			.by(fixtures.term(TermKind.AUTHOR, "Abuse Author").slug())
			.create();
	}

	private Http.Response postLead(String client, String email, String message) {
		return http.postJson("/api/v1/leads", """
				{"name": "Lead Sender", "email": "%s", "message": "%s", "consent": true}
				""".formatted(email, message), "X-Forwarded-For", client);
	}

	private long count(String emailPattern) {
		return jdbc.sql("select count(*) from lead where email like ?").param(emailPattern).query(Long.class).single();
	}

}
