package com.broadsheet.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin as an editor sees it in headless Chromium: their own change right after
 * saving, the editor's sidebar at 1280 px, and every table on a 390 px phone.
 */
@BroadsheetTest
class AdminBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	WebDriver browser;

	String base;

	@BeforeEach
	void signIn() {
		base = "http://localhost:" + port;
		browser = Chromium.start();
		browser.get(base + "/login");
		browser.findElement(By.name("username")).sendKeys(BroadsheetTest.ADMIN_EMAIL);
		browser.findElement(By.name("password")).sendKeys(BroadsheetTest.ADMIN_PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/admin"));
	}

	@AfterEach
	void quit() {
		browser.quit();
	}

	@Test
	void viewOnSiteShowsTheEditorTheVersionTheyJustSaved() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
		String page = base + "/blog/" + article.slug();
		browser.get(page);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(article.title());

		browser.get(base + "/admin/articles/" + article.id());
		WebElement title = browser.findElement(By.id("title"));
		title.clear();
		String changed = "Changed in the admin " + ArticleFixtures.unique();
		title.sendKeys(changed);
		browser.findElement(By.cssSelector("button[name=action][value=save]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(d -> d.findElements(By.cssSelector(".notice")).size() == 1);

		browser.get(page);
		assertThat(browser.findElement(By.tagName("h1")).getText())
			.as("the plain URL still comes from the browser's cache (max-age=60): what the link must get past")
			.isEqualTo(article.title());

		browser.get(base + "/admin/articles/" + article.id());
		String admin = browser.getWindowHandle();
		browser.findElement(By.linkText("View on site")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() == 2);
		browser.getWindowHandles().stream().filter(handle -> !handle.equals(admin)).forEach(browser.switchTo()::window);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/blog/"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(changed);

		// For everyone else the version is invisible: the page cache ignores the
		// parameter, so the versioned URL is the same cached page with the same headers.
		Http reader = new Http(port);
		Http.Response plain = reader.get("/blog/" + article.slug());
		Http.Response versioned = reader.get(browser.getCurrentUrl().substring(base.length()));
		assertThat(versioned.header("ETag")).isEqualTo(plain.header("ETag"));
		assertThat(versioned.header("Cache-Control")).isEqualTo(plain.header("Cache-Control")).contains("public");
	}

	@Test
	void theScheduleBoxStaysInsideTheEditorSidebarAt1280Pixels() {
		ArticleView draft = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		browser.get(base + "/admin/articles/" + draft.id());
		assertThat(script("return innerWidth")).isEqualTo(1280L);
		Map<?, ?> boxes = (Map<?, ?>) script("""
				const box = (selector) => document.querySelector(selector).getBoundingClientRect();
				const side = box('.editor-side'), schedule = box('.schedule'), input = box('#scheduledAt');
				return {sideRight: side.right, scheduleRight: schedule.right, inputRight: input.right,
				        sideLeft: side.left, scheduleLeft: schedule.left};""");
		double sideRight = number(boxes.get("sideRight"));
		assertThat(number(boxes.get("scheduleRight"))).as("the Schedule box ends inside the sidebar card")
			.isLessThanOrEqualTo(sideRight);
		assertThat(number(boxes.get("inputRight"))).as("and so does its date field").isLessThanOrEqualTo(sideRight);
		assertThat(number(boxes.get("scheduleLeft"))).isGreaterThanOrEqualTo(number(boxes.get("sideLeft")));
	}

	@Test
	void everyAdminTableFitsA390PixelPhone() {
		Http visitor = new Http(port);
		visitor.postJson("/api/v1/leads", """
				{"name": "Phone Reader", "email": "phone-%s@example.com", "company": "A Company With A Long Name",
				 "message": "Hello", "consent": true}""".formatted(ArticleFixtures.unique()));
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		List<String> tooWide = new ArrayList<>();
		for (String path : List.of("/admin/articles", "/admin/leads", "/admin/tags", "/admin/categories",
				"/admin/authors", "/admin/webhooks", "/admin/tokens", "/admin/users", "/admin/dead-letters",
				"/admin/system", "/admin")) {
			browser.get(base + path);
			long width = (Long) script("return document.documentElement.scrollWidth");
			if (width > 390) {
				tooWide.add(path + " is " + width + " px wide");
			}
		}
		assertThat(tooWide).as("pages that scroll sideways on a 390 px phone").isEmpty();
		browser.get(base + "/admin/articles");
		assertThat(script("""
				const cell = document.querySelector('table.data tbody td[data-label="Status"]');
				return getComputedStyle(cell, '::before').content;""")).as("each cell says which column it is")
			.isEqualTo("\"Status: \"");
	}

	private Object script(String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}

	private static double number(Object value) {
		return ((Number) value).doubleValue();
	}

}
