package com.broadsheet.site;

import java.time.Duration;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.observability.Chromium;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
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
 * The "Copy link" button of an article whose headings are named like the page's own
 * elements ("Share URL" made the id {@code share-url}, the link box's), in headless
 * Chromium: it still copies the article's URL, its label still names the link box, and
 * the skip link still lands on the main content.
 */
@BroadsheetTest
class CopyLinkBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	@Test
	void copyLinkCopiesTheArticleUrlWhateverTheArticlesHeadingsAreCalled() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle()
			.withBody("## Share URL\n\nText.\n\n## Main\n\nMore text, and [back up](#share-url).\n")
			.create();
		WebDriver browser = Chromium.start();
		try {
			browser.get("http://localhost:" + port + "/blog/" + article.slug());
			JavascriptExecutor js = (JavascriptExecutor) browser;
			// The browser's clipboard needs a permission a headless run cannot grant:
			// record what the page's own script writes to it instead.
			js.executeScript("window.__copied = null;"
					+ "navigator.clipboard.writeText = async (text) => { window.__copied = String(text); };");
			WebElement copy = browser.findElement(By.cssSelector("button[data-copy-target]"));
			new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> copy.isDisplayed());
			copy.click();
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until(d -> js.executeScript("return window.__copied") != null);

			assertThat(js.executeScript("return window.__copied"))
				.isEqualTo("http://localhost:8080/blog/" + article.slug());
			assertThat(browser.findElement(By.cssSelector(".copy-status")).getText()).isEqualTo("Link copied.");
			assertThat(js.executeScript("return document.querySelector('label[for=share-url]').control.tagName"))
				.isEqualTo("INPUT");
			assertThat(js.executeScript("return document.getElementById('main').tagName")).isEqualTo("MAIN");
			assertThat(js.executeScript("return document.querySelector('.prose a').getAttribute('href')"))
				.as("the article's own link to its heading still works")
				.isEqualTo("#h-share-url");
		}
		finally {
			browser.quit();
		}
	}

}
