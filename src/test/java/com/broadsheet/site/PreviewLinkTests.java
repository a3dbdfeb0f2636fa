package com.broadsheet.site;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleDraft;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A preview link shows a draft as its page will look to someone without an account, until
 * it expires, and no cache or search engine ever keeps it.
 */
@BroadsheetTest
class PreviewLinkTests {

	static final String TOKEN = Http.bearer(BroadsheetTest.API_TOKEN);

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPreviewLinkShowsTheDraftToAnyoneAndIsNeverCached() {
		ArticleView draft = new ArticleFixtures(editor, taxonomy).draftArticle()
			.withBody("## Draft heading\n\nNot published yet.")
			.create();
		JsonNode link = link(draft.id());
		Instant expires = Instant.parse(link.get("expiresAt").asString());
		assertThat(expires).isCloseTo(Instant.now().plus(Duration.ofDays(7)), within(Duration.ofMinutes(1)));
		String url = link.get("url").asString();
		assertThat(url).startsWith("http://localhost:8080/preview/" + draft.id() + ".");
		String path = url.substring("http://localhost:8080".length());

		Http stranger = new Http(port);
		Http.Response shown = stranger.get(path);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.header("Cache-Control")).isEqualTo("private, no-store");
		assertThat(shown.header("X-Robots-Tag")).isEqualTo("noindex");
		assertThat(shown.header("Set-Cookie")).isNull();
		Document page = shown.html();
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.selectFirst("article h1").text()).isEqualTo(draft.title());
		assertThat(page.selectFirst(".prose h2").text()).isEqualTo("Draft heading");
		assertThat(stranger.get("/blog/" + draft.slug()).status()).as("still a draft").isEqualTo(404);

		editor.update(draft.id(),
				new ArticleDraft(draft.title(), draft.slug(), draft.summary(),
						"## Draft heading\n\nRewritten since the link was made.", "architecture", "maya-lindqvist",
						java.util.List.of()));
		assertThat(stranger.get(path).body()).as("the link shows the draft as saved now, from no cache")
			.contains("Rewritten since the link was made.");
	}

	@Test
	void forgedLinksShowNothingAndExpiredOnesSaySo() {
		ArticleView draft = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		ArticleView other = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		String url = link(draft.id()).get("url").asString();
		String token = url.substring(url.lastIndexOf('/') + 1);
		String[] parts = token.split("\\.");
		Http stranger = new Http(port);
		assertThat(stranger.get("/preview/" + other.id() + "." + parts[1] + "." + parts[2]).status())
			.as("another article's id under this signature")
			.isEqualTo(404);
		assertThat(stranger.get("/preview/" + parts[0] + "." + (Long.parseLong(parts[1]) + 86400) + "." + parts[2])
			.status()).as("a later expiry").isEqualTo(404);
		assertThat(stranger.get("/preview/garbage").status()).isEqualTo(404);

		long past = Instant.now().minusSeconds(5).getEpochSecond();
		Http.Response expired = stranger.get("/preview/" + draft.id() + "." + past + "." + sign(draft.id(), past));
		assertThat(expired.status()).isEqualTo(410);
		assertThat(expired.body()).contains("expired");
	}

	@Test
	void theAdminGetsALinkWithoutLeavingTheEditor() {
		ArticleView draft = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		Http admin = new Http(port).signIn(BroadsheetTest.ADMIN_EMAIL, BroadsheetTest.ADMIN_PASSWORD);
		Document page = admin.get("/admin/articles/" + draft.id()).html();
		String csrf = page.selectFirst("form.preview-link-form input[name=_csrf]").val();
		Http.Response json = admin.postForm("/admin/articles/" + draft.id() + "/preview-link",
				Http.fields("_csrf", csrf), "Accept", "application/json");
		assertThat(json.status()).isEqualTo(200);
		assertThat(this.json.readTree(json.body()).get("url").asString()).contains("/preview/" + draft.id() + ".");
		Http.Response html = admin.postForm("/admin/articles/" + draft.id() + "/preview-link",
				Http.fields("_csrf", csrf));
		assertThat(html.html().selectFirst(".notice").text()).contains("/preview/" + draft.id() + ".");
	}

	private JsonNode link(long id) {
		Http.Response created = new Http(port).postJson("/api/v1/admin/articles/" + id + "/preview-link", "",
				"Authorization", TOKEN);
		assertThat(created.status()).isEqualTo(200);
		return json.readTree(created.body());
	}

	/** Signs as any instance would, with the key every instance shares in PostgreSQL. */
	private String sign(long id, long expires) {
		byte[] key = jdbc.sql("select secret from content_signing_key where name = 'preview-links'")
			.query(byte[].class)
			.single();
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(("preview\n" + id + "\n" + expires).getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
