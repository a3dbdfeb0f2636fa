package com.broadsheet.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.broadsheet.content.ArticleCatalog;
import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleStatus;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.content.TermDraft;
import com.broadsheet.content.TermKind;
import com.broadsheet.identity.Accounts;
import com.broadsheet.identity.NewAccount;
import com.broadsheet.identity.Role;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@BroadsheetTest
class AdminUiTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	Accounts accounts;

	Http admin;

	@BeforeEach
	void signIn() {
		admin = new Http(port).signIn(BroadsheetTest.ADMIN_EMAIL, BroadsheetTest.ADMIN_PASSWORD);
	}

	@Test
	void adminPagesNeedSignInAndAreNeverCached() {
		Http.Response anonymous = new Http(port).get("/admin/articles");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.header("Location")).endsWith("/login");
		Http.Response dashboard = admin.get("/admin");
		assertThat(dashboard.status()).isEqualTo(200);
		assertThat(dashboard.header("Cache-Control")).contains("no-store");
		Document page = dashboard.html();
		assertThat(page.select(".stat-label").eachText()).contains("Published", "Drafts", "Scheduled",
				"Leads, last 7 days");
		assertThat(page.select(".admin-nav a").eachText()).contains("Articles", "Categories", "Tags", "Authors",
				"Leads", "API tokens", "Accounts");
	}

	@Test
	void wrongPasswordIsRefused() {
		Http browser = new Http(port);
		String csrf = browser.csrf("/login");
		Http.Response response = browser.postForm("/login",
				Map.of("username", BroadsheetTest.ADMIN_EMAIL, "password", "wrong password!", "_csrf", csrf));
		assertThat(response.header("Location")).endsWith("/login?error");
		assertThat(browser.get("/admin").status()).isEqualTo(302);
	}

	@Test
	void formsWithoutAValidCsrfTokenAreRefused() {
		Http.Response missing = admin.postForm("/admin/articles", Map.of("title", "Forged", "action", "save"));
		assertThat(missing.status()).isEqualTo(403);
		Http.Response wrong = admin.postForm("/admin/articles",
				Map.of("title", "Forged", "action", "save", "_csrf", "not-the-token"));
		assertThat(wrong.status()).isEqualTo(403);
	}

	@Test
	void writesPreviewsAndPublishesAnArticle() {
		String csrf = admin.csrf("/admin/articles/new");
		String title = "Written in the admin " + ArticleFixtures.unique();
		Map<String, String> form = Http.fields("_csrf", csrf, "title", title, "summary", "Summary here", "bodyMarkdown",
				"## Section\n\n- a\n  - b\n\n<script>alert(1)</script>", "category", "operations", "author",
				"daniel-okafor", "tags", "Admin, Testing");
		form.put("action", "preview");
		Http.Response preview = admin.postForm("/admin/articles", form);
		assertThat(preview.status()).isEqualTo(200);
		Document previewPage = preview.html();
		assertThat(previewPage.selectFirst(".preview .prose h2").text()).isEqualTo("Section");
		assertThat(previewPage.select(".preview script")).isEmpty();
		assertThat(previewPage.selectFirst("#title").val()).isEqualTo(title);

		form.put("action", "save");
		Http.Response saved = admin.postForm("/admin/articles", form);
		assertThat(saved.status()).isEqualTo(303);
		String location = saved.header("Location");
		long id = Long.parseLong(location.replaceAll(".*/articles/(\\d+)\\?.*", "$1"));
		assertThat(editor.get(id).status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(admin.get(location).html().selectFirst(".notice").text()).isEqualTo("Saved.");
		assertThat(catalog.article(editor.get(id).slug())).isEmpty();

		form.put("action", "publish");
		form.put("_csrf", admin.csrf("/admin/articles/" + id));
		assertThat(admin.postForm("/admin/articles/" + id, form).status()).isEqualTo(303);
		ArticleView published = editor.get(id);
		assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(published.tags()).extracting("slug").containsExactly("admin", "testing");
		assertThat(new Http(port).get("/blog/" + published.slug()).status()).isEqualTo(200);

		form.put("action", "unpublish");
		assertThat(admin.postForm("/admin/articles/" + id, form).status()).isEqualTo(303);
		assertThat(new Http(port).get("/blog/" + published.slug()).status()).isEqualTo(404);
	}

	@Test
	void invalidArticleFormIs422WithInlineErrors() {
		Map<String, String> form = Http.fields("_csrf", admin.csrf("/admin/articles/new"), "title", "", "summary", "",
				"bodyMarkdown", "", "category", "no-such", "author", "maya-lindqvist", "tags", "ok, " + "x".repeat(41),
				"action", "save");
		Http.Response response = admin.postForm("/admin/articles", form);
		assertThat(response.status()).isEqualTo(422);
		Document page = response.html();
		assertThat(page.selectFirst("#title-error").text()).isEqualTo("Title is required.");
		assertThat(page.selectFirst("#summary-error")).isNotNull();
		assertThat(page.selectFirst("#body-error")).isNotNull();
		assertThat(page.select(".field-error").eachText()).as("a problem with one tag is shown at the tags field")
			.contains("Tags must be at most 40 characters.");
	}

	@Test
	void scheduledArticleGoesLiveOnItsOwn() {
		ArticleView draft = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		Instant at = Instant.now().plus(Duration.ofSeconds(2)).atZone(ZoneOffset.UTC).withNano(0).toInstant();
		String when = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC).format(at);
		Map<String, String> form = Http.fields("_csrf", admin.csrf("/admin/articles/" + draft.id()), "title",
				draft.title(), "summary", draft.summary(), "bodyMarkdown", draft.bodyMarkdown(), "category",
				"architecture", "author", "maya-lindqvist", "tags", "", "scheduledAt", when, "action", "schedule");
		assertThat(admin.postForm("/admin/articles/" + draft.id(), form).status()).isEqualTo(303);
		assertThat(editor.get(draft.id()).status()).isEqualTo(ArticleStatus.SCHEDULED);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(new Http(port).get("/blog/" + draft.slug()).status()).isEqualTo(200));
		ArticleView live = editor.get(draft.id());
		assertThat(live.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(live.publishedAt()).isEqualTo(at);
	}

	@Test
	void schedulingInThePastIsRefused() {
		ArticleView draft = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		Map<String, String> form = Http.fields("_csrf", admin.csrf("/admin/articles/" + draft.id()), "title",
				draft.title(), "summary", draft.summary(), "bodyMarkdown", draft.bodyMarkdown(), "category",
				"architecture", "author", "maya-lindqvist", "scheduledAt", "2001-01-01T10:00", "action", "schedule");
		Http.Response response = admin.postForm("/admin/articles/" + draft.id(), form);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.html().selectFirst(".form-errors").text()).contains("must be in the future");
		assertThat(editor.get(draft.id()).status()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void authorsMayOnlyTouchTheirOwnArticles() {
		String email = "author-" + ArticleFixtures.unique() + "@example.test";
		accounts.create(new NewAccount(email, "Priya", "a long enough password", Role.AUTHOR, "priya-raman"));
		Http author = new Http(port).signIn(email, "a long enough password");
		ArticleView own = new ArticleFixtures(editor, taxonomy).draftArticle().by("priya-raman").create();
		ArticleView other = new ArticleFixtures(editor, taxonomy).draftArticle().by("maya-lindqvist").create();
		assertThat(author.get("/admin/articles/" + own.id()).status()).isEqualTo(200);
		assertThat(author.get("/admin/articles/" + other.id()).status()).isEqualTo(403);
		Map<String, String> form = Http.fields("_csrf", author.csrf("/admin/articles/" + own.id()), "title", "Hacked",
				"summary", "s", "bodyMarkdown", "b", "category", "architecture", "author", "maya-lindqvist", "action",
				"save");
		assertThat(author.postForm("/admin/articles/" + other.id(), form).status()).isEqualTo(403);
		assertThat(editor.get(other.id()).title()).isEqualTo(other.title());
		Http.Response reassign = author.postForm("/admin/articles/" + own.id(), form);
		assertThat(reassign.status()).as("the same rule as the Admin API").isEqualTo(422);
		assertThat(reassign.html().select(".field-error").eachText())
			.contains("Author must be your own author profile.");
		assertThat(editor.get(own.id()).title()).as("nothing changed").isEqualTo(own.title());
		form.remove("author");
		assertThat(author.postForm("/admin/articles/" + own.id(), form).status()).isEqualTo(303);
		assertThat(editor.get(own.id()).author().slug()).isEqualTo("priya-raman");
		assertThat(author.get("/admin/articles").html().select("tbody td:nth-child(4)").eachText())
			.containsOnly("Priya Raman");
		assertThat(author.get("/admin/leads").status()).isEqualTo(403);
		assertThat(author.get("/admin/tokens").status()).isEqualTo(403);
	}

	@Test
	void managesTaxonomy() {
		String name = "Platform " + ArticleFixtures.unique();
		Map<String, String> form = Http.fields("_csrf", admin.csrf("/admin/categories"), "name", name, "description",
				"Platform things");
		Http.Response created = admin.postForm("/admin/categories", form);
		assertThat(created.status()).isEqualTo(303);
		assertThat(admin.get("/admin/categories").html().select("tbody a").eachText()).contains(name);
		Http.Response duplicate = admin.postForm("/admin/categories", form);
		assertThat(duplicate.status()).isEqualTo(422);
		assertThat(duplicate.html().select(".field-error").text()).contains("already used");
		Http.Response inUse = admin.postForm("/admin/categories/"
				+ taxonomy.get(com.broadsheet.content.TermKind.CATEGORY, "architecture").id() + "/delete",
				Http.fields("_csrf", admin.csrf("/admin/categories")));
		assertThat(inUse.status()).isEqualTo(409);
		assertThat(inUse.html().selectFirst("[role=alert]").text()).as("said in the admin, on the list")
			.isEqualTo("The category 'Architecture' still has articles; it can be deleted once no article uses it.");
		assertThat(inUse.html().select("tbody a").eachText()).contains("Architecture");
	}

	@Test
	void taxonomyPagesReadRight() {
		assertThat(admin.get("/admin/authors").html().selectFirst("#form-heading").text()).isEqualTo("Add an author");
		assertThat(admin.get("/admin/tags").html().selectFirst("#form-heading").text()).isEqualTo("Add a tag");
		String unique = ArticleFixtures.unique();
		taxonomy.create(TermKind.TAG, new TermDraft("QA Testing " + unique, null, null));
		taxonomy.create(TermKind.TAG, new TermDraft("abuse " + unique, null, null));
		List<String> tags = admin.get("/admin/tags").html().select("tbody td:first-child a").eachText();
		assertThat(tags.indexOf("abuse " + unique)).isNotNegative().isLessThan(tags.indexOf("QA Testing " + unique));
		assertThat(tags).isSortedAccordingTo(Comparator.comparing(name -> name.toLowerCase(Locale.ROOT)));
	}

	@Test
	void noticesSayWhatHappenedAndNothingElse() {
		assertThat(admin.get("/admin/webhooks?done=deleted").html().selectFirst(".notice").text())
			.isEqualTo("Endpoint deleted.");
		assertThat(admin.get("/admin/webhooks?done=updated").html().select(".notice")).isEmpty();
		assertThat(admin.get("/admin/dead-letters?done=replayed").html().selectFirst(".notice").text())
			.startsWith("Replayed");
		assertThat(admin.get("/admin/dead-letters").html().select(".notice")).isEmpty();
	}

	@Test
	void removingTheCoverSaysItWasRemoved() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
		String csrf = admin.csrf("/admin/articles/" + article.id());
		Http.Response uploaded = admin.postMultipart("/admin/articles/" + article.id() + "/cover",
				Map.of("_csrf", csrf, "coverAlt", "A cover"), "image", "cover.png", "image/png", PNG);
		assertThat(admin.get(uploaded.header("Location")).html().selectFirst(".notice").text())
			.isEqualTo("Cover image saved.");
		Http.Response removed = admin.postForm("/admin/articles/" + article.id() + "/cover/delete",
				Http.fields("_csrf", admin.csrf("/admin/articles/" + article.id())));
		assertThat(removed.status()).isEqualTo(303);
		assertThat(admin.get(removed.header("Location")).html().selectFirst(".notice").text())
			.isEqualTo("Cover image removed.");
		assertThat(editor.get(article.id()).cover()).isNull();
	}

	@Test
	void showsLeadsAndTheirDetail() {
		Http visitor = new Http(port);
		String email = "lead-" + ArticleFixtures.unique() + "@example.com";
		visitor.postForm("/contact", Map.of("name", "Visible Lead", "email", email, "company", "Globex", "message",
				"Line one\nLine two", "consent", "yes"));
		Document list = admin.get("/admin/leads").html();
		String link = list.select("tbody a").first().attr("href");
		assertThat(list.select("tbody tr").first().text()).contains("Visible Lead", "Globex");
		Document detail = admin.get(link).html();
		assertThat(detail.select(".details dd").eachText()).contains(email, "Globex");
		assertThat(detail.selectFirst(".message").text()).contains("Line one");
	}

	static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	@Test
	void uploadsACoverImageStoredInTheDatabaseAndServedImmutable() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
		String csrf = admin.csrf("/admin/articles/" + article.id());
		Http.Response uploaded = admin.postMultipart("/admin/articles/" + article.id() + "/cover",
				Map.of("_csrf", csrf, "coverAlt", "A diagram of modules"), "image", "diagram.png", "image/png", PNG);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(303);
		Document page = new Http(port).get("/blog/" + article.slug()).html();
		String src = page.selectFirst("figure.cover img").attr("src");
		assertThat(src).matches("/media/[0-9a-f]{64}\\.png");
		assertThat(page.selectFirst("figure.cover img").attr("alt")).isEqualTo("A diagram of modules");
		assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
			.isEqualTo("http://localhost:8080" + src);
		Http.Response image = new Http(port).get(src);
		assertThat(image.status()).isEqualTo(200);
		assertThat(image.header("Content-Type")).isEqualTo("image/png");
		assertThat(image.header("Cache-Control")).contains("max-age=31536000").contains("immutable").contains("public");
		assertThat(image.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(new Http(port).get(src.replace(".png", ".gif")).status()).isEqualTo(404);
	}

	@Test
	void refusesUploadsThatAreNotImagesWhateverTheyClaim() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		String csrf = admin.csrf("/admin/articles/" + article.id());
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		Http.Response disguised = admin.postMultipart("/admin/articles/" + article.id() + "/cover",
				Map.of("_csrf", csrf, "coverAlt", "x"), "image", "cat.png", "image/png", html);
		assertThat(disguised.status()).isEqualTo(422);
		assertThat(disguised.html().select(".field-error").text()).contains("Only PNG, JPEG, GIF and WebP");
		byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(admin
			.postMultipart("/admin/articles/" + article.id() + "/cover", Map.of("_csrf", csrf, "coverAlt", "x"),
					"image", "x.svg", "image/svg+xml", svg)
			.status()).isEqualTo(422);
		Http.Response noAlt = admin.postMultipart("/admin/articles/" + article.id() + "/cover",
				Map.of("_csrf", csrf, "coverAlt", ""), "image", "ok.png", "image/png", PNG);
		assertThat(noAlt.status()).isEqualTo(422);
		assertThat(noAlt.html().select(".field-error").text()).contains("Describe the image");
		byte[] huge = new byte[3 * 1024 * 1024];
		System.arraycopy(PNG, 0, huge, 0, PNG.length);
		assertThat(admin
			.postMultipart("/admin/articles/" + article.id() + "/cover", Map.of("_csrf", csrf, "coverAlt", "x"),
					"image", "huge.png", "image/png", huge)
			.status()).isEqualTo(413);
		assertThat(editor.get(article.id()).cover()).isNull();
		Http.Response forged = admin.postMultipart("/admin/articles/" + article.id() + "/cover",
				Map.of("coverAlt", "x"), "image", "ok.png", "image/png", PNG);
		assertThat(forged.status()).as("no CSRF token").isEqualTo(403);
	}

	@Test
	void adminCreatesAccountsThatCanSignIn() {
		String email = "editor-" + ArticleFixtures.unique() + "@example.test";
		Map<String, String> form = Http.fields("_csrf", admin.csrf("/admin/users"), "email", email, "displayName",
				"New Editor", "password", "short", "role", "EDITOR", "authorSlug", "");
		Http.Response weak = admin.postForm("/admin/users", form);
		assertThat(weak.status()).isEqualTo(422);
		assertThat(weak.html().select(".field-error").text()).isEqualTo("Password must be 12 to 200 characters.");
		form.put("password", "passwordpassword");
		assertThat(admin.postForm("/admin/users", form).html().select(".field-error").text())
			.as("a sentence of its own, without the field's name in front")
			.isEqualTo("This password is one of the first that attackers try; choose another.");
		form.put("password", "a perfectly long password");
		Http.Response created = admin.postForm("/admin/users", form);
		assertThat(created.status()).isEqualTo(303);
		assertThat(admin.get(created.header("Location")).html().selectFirst(".notice").text())
			.startsWith("Account created.");
		assertThat(admin.get("/admin/users?done=anything").html().select(".notice")).isEmpty();
		assertThat(admin.get("/admin/users").html().select("tbody td").eachText()).contains(email, "EDITOR");
		Http editorSession = new Http(port).signIn(email, "a perfectly long password");
		assertThat(editorSession.get("/admin/leads").status()).isEqualTo(200);
		assertThat(editorSession.get("/admin/users").status()).isEqualTo(403);
	}

	@Test
	void issuesAndRevokesApiTokens() {
		Http.Response issued = admin.postForm("/admin/tokens",
				Http.fields("_csrf", admin.csrf("/admin/tokens"), "name", "CI " + ArticleFixtures.unique()));
		String secret = issued.html().selectFirst("code.secret").text();
		assertThat(secret).startsWith("bs_");
		Http api = new Http(port);
		assertThat(api.get("/api/v1/admin/articles", "Authorization", Http.bearer(secret)).status()).isEqualTo(200);
		String revoke = issued.html()
			.select("form[action$=/revoke]")
			.stream()
			.filter(f -> f.closest("tr").text().contains(secret.substring(0, 10)))
			.findFirst()
			.orElseThrow()
			.attr("action");
		Http.Response revoked = admin.postForm(revoke, Http.fields("_csrf", admin.csrf("/admin/tokens")));
		assertThat(revoked.status()).isEqualTo(303);
		assertThat(admin.get(revoked.header("Location")).html().selectFirst(".notice").text())
			.startsWith("Token revoked");
		assertThat(api.get("/api/v1/admin/articles", "Authorization", Http.bearer(secret)).status()).isEqualTo(401);
		assertThat(admin.get("/admin/tokens").body()).doesNotContain(secret);
	}

}
