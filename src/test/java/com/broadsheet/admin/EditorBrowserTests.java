package com.broadsheet.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.broadsheet.content.Actor;
import com.broadsheet.content.ArticleDraft;
import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.PendingDraft;
import com.broadsheet.content.PendingDrafts;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.identity.Accounts;
import com.broadsheet.identity.Editor;
import com.broadsheet.observability.Chromium;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's behaviour in a real headless Chromium (Debian's chromium and
 * chromium-driver): autosave, the question before leaving with unsaved changes, the live
 * preview, the conflict page, and a cover upload that keeps what was typed.
 */
@BroadsheetTest
class EditorBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	PendingDrafts drafts;

	@Autowired
	Accounts accounts;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void signIn() {
		browser = Chromium.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		browser.get(url("/login"));
		browser.findElement(By.name("username")).sendKeys(BroadsheetTest.ADMIN_EMAIL);
		browser.findElement(By.name("password")).sendKeys(BroadsheetTest.ADMIN_PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(d -> d.getCurrentUrl().endsWith("/admin"));
	}

	@AfterEach
	void quit() {
		browser.quit();
	}

	@Test
	void autosaveKeepsWhatIsTypedWithoutChangingWhatReadersSee() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle()
			.withBody("Published words.")
			.create();
		open(article);
		typeAtEnd(By.id("bodyMarkdown"), " Typed in the browser.");
		wait.until(d -> d.findElement(By.id("article-editor")).getDomAttribute("data-autosaved-at") != null);

		PendingDraft kept = drafts.of(article.id(), admin()).orElseThrow();
		assertThat(kept.draft().bodyMarkdown()).isEqualTo("Published words. Typed in the browser.");
		assertThat(browser.findElement(By.cssSelector("[data-autosave-status]")).getText())
			.contains("not saved to the article yet");
		assertThat(new Http(port).get("/blog/" + article.slug()).body()).doesNotContain("Typed in the browser");

		browser.get(url("/admin/articles"));
		open(article);
		assertThat(browser.findElements(By.cssSelector("[data-restored]"))).hasSize(1);
		assertThat(browser.findElement(By.id("bodyMarkdown")).getDomProperty("value"))
			.isEqualTo("Published words. Typed in the browser.");
		assertThat(asksBeforeLeaving()).as("the kept edits are still not saved to the article").isTrue();
	}

	@Test
	void leavingWithUnsavedChangesAsksFirst() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		open(article);
		assertThat(asksBeforeLeaving()).as("nothing typed yet").isFalse();
		typeAtEnd(By.id("title"), " (changed)");
		assertThat(asksBeforeLeaving()).isTrue();

		browser.findElement(By.cssSelector("button[name=action][value=save]")).click();
		wait.until(d -> d.getCurrentUrl().endsWith("?done=save"));
		assertThat(editor.get(article.id()).title()).endsWith(" (changed)");
		assertThat(asksBeforeLeaving()).as("everything is saved").isFalse();
	}

	@Test
	void theLivePreviewFollowsTheTypingWithoutAReload() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).draftArticle().withBody("Intro.").create();
		open(article);
		WebElement pane = browser.findElement(By.cssSelector("[data-live-preview-pane]"));
		wait.until(d -> pane.isDisplayed() && pane.getDomAttribute("data-renders") != null);
		markPage();
		typeAtEnd(By.id("bodyMarkdown"), "\n\n## Typed heading\n\n- **bold** item");
		wait.until(d -> d.findElements(By.cssSelector("[data-live-preview-body] h2"))
			.stream()
			.anyMatch(h -> h.getText().equals("Typed heading")));
		assertThat(browser.findElement(By.cssSelector("[data-live-preview-body] li strong")).getText())
			.isEqualTo("bold");
		assertThat(pageIsTheSame()).as("no reload").isTrue();
		assertThat(editor.get(article.id()).bodyMarkdown()).as("no save").isEqualTo("Intro.");
	}

	@Test
	void aConflictShowsBothVersionsAndKeepsMyText() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).draftArticle().withBody("Shared start.").create();
		open(article);
		editor.update(article.id(), new ArticleDraft(article.title(), article.slug(), article.summary(),
				"Their change, saved first.", "architecture", "maya-lindqvist", java.util.List.of()));
		typeAtEnd(By.id("bodyMarkdown"), " My addition.");
		browser.findElement(By.cssSelector("button[name=action][value=save]")).click();

		wait.until(d -> !d.findElements(By.cssSelector("[data-conflict]")).isEmpty());
		assertThat(browser.findElement(By.cssSelector(".conflict-theirs .conflict-body")).getText())
			.isEqualTo("Their change, saved first.");
		assertThat(browser.findElement(By.id("bodyMarkdown")).getDomProperty("value"))
			.isEqualTo("Shared start. My addition.");
		assertThat(editor.get(article.id()).bodyMarkdown()).isEqualTo("Their change, saved first.");

		WebElement saveMine = browser.findElement(By.cssSelector("button[name=action][value=save]"));
		assertThat(saveMine.getText()).isEqualTo("Save mine over theirs");
		saveMine.click();
		wait.until(d -> d.getCurrentUrl().endsWith("?done=save"));
		assertThat(editor.get(article.id()).bodyMarkdown()).isEqualTo("Shared start. My addition.");
	}

	@Test
	void uploadingACoverKeepsTheEditsInTheForm() throws IOException {
		ArticleView article = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		open(article);
		typeAtEnd(By.id("title"), " (not saved yet)");
		markPage();

		Path tooLarge = Files.createTempFile("too-large", ".png");
		byte[] big = new byte[3 * 1024 * 1024];
		System.arraycopy(AdminUiTests.PNG, 0, big, 0, AdminUiTests.PNG.length);
		Files.write(tooLarge, big);
		browser.findElement(By.id("image")).sendKeys(tooLarge.toString());
		browser.findElement(By.id("coverAlt")).sendKeys("A chart");
		browser.findElement(By.cssSelector("[data-fetch=cover-upload] button[type=submit]")).click();
		WebElement imageError = browser.findElement(By.cssSelector("[data-error-for=image]"));
		wait.until(d -> imageError.isDisplayed());
		assertThat(imageError.getText()).isEqualTo("The image is larger than 2 MB.");

		Path png = Files.createTempFile("cover", ".png");
		Files.write(png, AdminUiTests.PNG);
		browser.findElement(By.id("image")).clear();
		browser.findElement(By.id("image")).sendKeys(png.toString());
		browser.findElement(By.cssSelector("[data-fetch=cover-upload] button[type=submit]")).click();
		wait.until(d -> d.findElement(By.cssSelector("[data-cover-status]")).getText().equals("Cover image saved."));

		WebElement cover = browser.findElement(By.cssSelector("[data-cover-preview] img"));
		assertThat(cover.getDomAttribute("src")).matches("/media/[0-9a-f]{64}\\.png");
		assertThat(cover.getDomAttribute("alt")).isEqualTo("A chart");
		assertThat(imageError.isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("title")).getDomProperty("value")).endsWith(" (not saved yet)");
		assertThat(pageIsTheSame()).as("no reload").isTrue();
		ArticleView stored = editor.get(article.id());
		assertThat(stored.cover()).isNotNull();
		assertThat(stored.title()).as("the text was not saved by the upload").isEqualTo(article.title());
	}

	private void open(ArticleView article) {
		browser.get(url("/admin/articles/" + article.id()));
		wait.until(d -> d.findElement(By.id("article-editor")).isDisplayed());
	}

	private void typeAtEnd(By field, String text) {
		WebElement element = browser.findElement(field);
		((JavascriptExecutor) browser).executeScript(
				"arguments[0].focus(); arguments[0].setSelectionRange(arguments[0].value.length, arguments[0].value.length);",
				element);
		element.sendKeys(text);
	}

	/**
	 * Whether leaving now would ask: fires a cancelable {@code beforeunload} at the page,
	 * as the browser does before it leaves, and reports whether the page's handler asked
	 * to stay. (WebDriver accepts real beforeunload prompts by itself, so the prompt is
	 * never seen as an alert.)
	 */
	private boolean asksBeforeLeaving() {
		return (Boolean) ((JavascriptExecutor) browser).executeScript("""
				const event = new Event('beforeunload', { cancelable: true });
				window.dispatchEvent(event);
				return event.defaultPrevented;""");
	}

	/** Marks the loaded document, to tell later whether it was replaced. */
	private void markPage() {
		((JavascriptExecutor) browser).executeScript("window.editorTestMark = 'still here';");
	}

	private boolean pageIsTheSame() {
		return "still here".equals(((JavascriptExecutor) browser).executeScript("return window.editorTestMark;"));
	}

	private Actor admin() {
		Editor account = accounts.loadUserByUsername(BroadsheetTest.ADMIN_EMAIL);
		return new Actor(account.id(), account.displayName(), account.authorSlug(), true);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
