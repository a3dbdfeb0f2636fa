package com.broadsheet.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.broadsheet.observability.Chromium;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored XSS vectors from the corpus, rendered in headless Chromium where they would run:
 * leads in the admin (list and detail), and an article on the public site. Every vector
 * sets {@code window.__xss}; it must stay unset.
 */
@BroadsheetTest
class XssBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Test
	void storedVectorsNeverRunInABrowser() {
		Http http = new Http(port);
		List<String> vectors = HostileInput.corpus().stream().filter(v -> v.contains("__xss")).toList();
		assertThat(vectors).hasSizeGreaterThan(10);
		List<String> leadPaths = new ArrayList<>();
		for (String vector : vectors) {
			String body = json.writeValueAsString(Map.of("name", vector.length() > 120 ? "XSS" : vector, "email",
					"xss-" + ArticleFixtures.unique() + "@example.com", "company",
					vector.length() > 120 ? "XSS" : vector, "message", vector, "consent", true));
			Http.Response lead = http.postJson("/api/v1/leads", body);
			if (lead.status() == 201) {
				leadPaths.add("/admin/leads/" + json.readTree(lead.body()).get("id").asString());
			}
		}
		assertThat(leadPaths).as("the vectors are valid text, stored as leads").hasSizeGreaterThan(10);
		String markdown = String.join("\n\n", vectors);
		Http.Response article = http.postJson("/api/v1/admin/articles",
				json.writeValueAsString(Map.of("title", "XSS corpus " + ArticleFixtures.unique(), "summary",
						vectors.get(0), "bodyMarkdown", markdown, "category", "architecture", "author",
						"maya-lindqvist", "status", "PUBLISHED")),
				"Authorization", Http.bearer(BroadsheetTest.API_TOKEN));
		assertThat(article.status()).isEqualTo(201);
		String articlePath = "/blog/" + json.readTree(article.body()).get("slug").asString();

		WebDriver browser = Chromium.start();
		try {
			// The detector works: a page that does run a vector sets the flag.
			browser.get("data:text/html,<img src=x onerror='window.__xss=1'>");
			new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> flag(d) != null);

			String base = "http://localhost:" + port;
			browser.get(base + "/login");
			browser.findElement(By.name("username")).sendKeys(BroadsheetTest.ADMIN_EMAIL);
			browser.findElement(By.name("password")).sendKeys(BroadsheetTest.ADMIN_PASSWORD);
			browser.findElement(By.cssSelector("form button[type=submit]")).click();
			new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/admin"));

			List<String> pages = new ArrayList<>(List.of("/admin/leads", articlePath, "/", "/api/v1/articles"));
			pages.addAll(leadPaths);
			for (String path : pages) {
				browser.get(base + path);
				new WebDriverWait(browser, Duration.ofSeconds(10)).until(
						d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
				assertThat(flag(browser)).as("no script ran on " + path).isNull();
			}
			browser.get(base + articlePath);
			assertThat(browser.findElement(By.tagName("main")).getText()).as("the vectors show as text")
				.contains("window.__xss=1");
		}
		finally {
			browser.quit();
		}
	}

	private static Object flag(WebDriver browser) {
		return ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined ? null : window.__xss");
	}

}
