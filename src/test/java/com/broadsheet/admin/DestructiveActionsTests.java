package com.broadsheet.admin;

import java.util.Map;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleNotFound;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deleting an article, removing a cover and revoking a token each sit behind a step that
 * says what will happen, and the admin says what happened afterwards. An image over the
 * limit is refused beside the field, with the limit the form states.
 */
@BroadsheetTest
class DestructiveActionsTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	Http admin;

	@BeforeEach
	void signIn() {
		admin = new Http(port).signIn(BroadsheetTest.ADMIN_EMAIL, BroadsheetTest.ADMIN_PASSWORD);
	}

	@Test
	void deletingAnArticleAsksFirstAndSaysItIsGone() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
		Document page = admin.get("/admin/articles/" + article.id()).html();
		Element delete = confirmed(page, "/admin/articles/" + article.id() + "/delete");
		assertThat(delete.selectFirst("summary").text()).isEqualTo("Delete this article…");
		assertThat(delete.text()).contains("“" + article.title() + "”", "cannot be undone", "leaves the site");

		Http.Response deleted = admin.postForm("/admin/articles/" + article.id() + "/delete",
				Http.fields("_csrf", csrf(delete)));
		assertThat(deleted.status()).isEqualTo(303);
		assertThat(admin.get(deleted.header("Location")).html().selectFirst(".notice").text())
			.isEqualTo("The article was deleted, with its revisions.");
		assertThatThrownBy(() -> editor.get(article.id())).isInstanceOf(ArticleNotFound.class);
	}

	@Test
	void removingTheCoverAsksFirstAndSaysItIsRemoved() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		String csrf = admin.csrf("/admin/articles/" + article.id());
		assertThat(admin
			.postMultipart("/admin/articles/" + article.id() + "/cover", Map.of("_csrf", csrf, "coverAlt", "A cover"),
					"image", "c.png", "image/png", AdminUiTests.PNG)
			.status()).isEqualTo(303);
		Element remove = confirmed(admin.get("/admin/articles/" + article.id()).html(),
				"/admin/articles/" + article.id() + "/cover/delete");
		assertThat(remove.text()).contains("no cover image");
		Http.Response removed = admin.postForm("/admin/articles/" + article.id() + "/cover/delete",
				Http.fields("_csrf", csrf(remove)));
		assertThat(admin.get(removed.header("Location")).html().selectFirst(".notice").text())
			.isEqualTo("Cover image removed.");
		assertThat(editor.get(article.id()).cover()).isNull();
	}

	@Test
	void revokingATokenAsksFirst() {
		Document page = admin
			.postForm("/admin/tokens",
					Http.fields("_csrf", admin.csrf("/admin/tokens"), "name", "Confirm " + ArticleFixtures.unique()))
			.html();
		Element revoke = page.select("details.confirm")
			.stream()
			.filter(details -> details.selectFirst("form[action$=/revoke]") != null)
			.findFirst()
			.orElseThrow();
		assertThat(revoke.selectFirst("summary").text()).isEqualTo("Revoke…");
		assertThat(revoke.text()).contains("refused from then on");
	}

	@Test
	void anOversizedCoverIsRefusedBesideTheFieldWithTheLimitTheFormStates() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		Document page = admin.get("/admin/articles/" + article.id()).html();
		Element image = page.selectFirst("input#image");
		assertThat(page.selectFirst("label[for=image]").text()).contains("up to 2 MB");
		assertThat(image.attr("data-max-bytes")).isEqualTo(String.valueOf(2 * 1024 * 1024));
		byte[] justOver = new byte[2 * 1024 * 1024 + 1];
		System.arraycopy(AdminUiTests.PNG, 0, justOver, 0, AdminUiTests.PNG.length);
		Http.Response refused = admin.postMultipart("/admin/articles/" + article.id() + "/cover",
				Map.of("_csrf", csrf(page.selectFirst("form[data-fetch=cover-upload]")), "coverAlt", "x"), "image",
				"big.png", "image/png", justOver);
		assertThat(refused.status()).as("the admin's own page, not the error page").isEqualTo(422);
		assertThat(refused.html().selectFirst("[data-error-for=image]").text())
			.isEqualTo("The image is larger than 2 MB.");
		assertThat(refused.html().selectFirst("#article-editor")).isNotNull();
		assertThat(editor.get(article.id()).cover()).isNull();
	}

	/** The form posting to {@code action}, and the {@code details} it sits in. */
	private static Element confirmed(Document page, String action) {
		Element form = page.selectFirst("form[action=" + action + "]");
		assertThat(form).as("a form posting to " + action).isNotNull();
		Element details = form.closest("details.confirm");
		assertThat(details).as("behind a confirmation step").isNotNull();
		return details;
	}

	private static String csrf(Element scope) {
		return scope.selectFirst("input[name=_csrf]").val();
	}

}
