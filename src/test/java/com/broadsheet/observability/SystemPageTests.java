package com.broadsheet.observability;

import java.time.Duration;

import com.broadsheet.identity.Accounts;
import com.broadsheet.identity.NewAccount;
import com.broadsheet.identity.Role;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations page in a real headless Chromium (Debian's chromium and
 * chromium-driver): an admin signs in, the charts fill with data and keep updating
 * without a reload, and the instance table lists this instance.
 */
@BroadsheetTest
@TestPropertySource(properties = { "broadsheet.operations.sample-interval=1s", "broadsheet.instance-id=ops-page-1" })
class SystemPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void onlyAdminsSeeIt() {
		assertThat(new Http(port).get("/admin/system").status()).as("signed out: to the login page").isEqualTo(302);
		String email = "ops-editor-" + ArticleFixtures.unique() + "@example.test";
		accounts.create(new NewAccount(email, "Ed Itor", "an editor password", Role.EDITOR, null));
		Http editor = new Http(port).signIn(email, "an editor password");
		assertThat(editor.get("/admin").status()).isEqualTo(200);
		assertThat(editor.get("/admin/system").status()).isEqualTo(403);
		assertThat(editor.get("/admin/system/figures").status()).isEqualTo(403);
		Http admin = new Http(port).signIn(BroadsheetTest.ADMIN_EMAIL, BroadsheetTest.ADMIN_PASSWORD);
		assertThat(admin.get("/admin/system").status()).isEqualTo(200);
		assertThat(admin.get("/admin/system/figures").header("Cache-Control")).contains("no-store");
	}

	@Test
	void theOperationsPageDrawsLiveChartsInABrowser() {
		WebDriver browser = Chromium.start();
		try {
			// Some traffic for the charts to show.
			Http reader = new Http(port);
			for (int i = 0; i < 20; i++) {
				reader.get("/");
			}
			browser.get("http://localhost:" + port + "/login");
			browser.findElement(By.name("username")).sendKeys(BroadsheetTest.ADMIN_EMAIL);
			browser.findElement(By.name("password")).sendKeys(BroadsheetTest.ADMIN_PASSWORD);
			browser.findElement(By.cssSelector("form button[type=submit]")).click();
			new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/admin"));

			browser.get("http://localhost:" + port + "/admin/system");
			WebElement system = browser.findElement(By.id("system"));
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
			wait.until(d -> points(system, "requestsPerSecond") >= 2);
			int updates = Integer.parseInt(system.getDomAttribute("data-updates"));
			long drawn = points(system, "requestsPerSecond");
			for (int i = 0; i < 20; i++) {
				reader.get("/");
			}
			wait.until(d -> Integer.parseInt(system.getDomAttribute("data-updates")) > updates + 1
					&& points(system, "requestsPerSecond") > drawn);

			for (WebElement canvas : system.findElements(By.cssSelector("canvas[data-series]"))) {
				assertThat(canvas.getDomAttribute("data-points")).as(canvas.getDomAttribute("data-series")).isNotNull();
			}
			Object inked = ((JavascriptExecutor) browser).executeScript("""
					const c = document.querySelector('canvas[data-series="requestsPerSecond"]');
					const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
					let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
					return n;""");
			assertThat(((Number) inked).longValue()).as("pixels drawn on the requests chart").isGreaterThan(100);
			assertThat(browser.findElement(By.cssSelector("#cluster tbody tr[data-instance='ops-page-1']")).getText())
				.startsWith("ops-page-1");
			assertThat(browser.findElement(By.cssSelector("output[data-latest=requestsPerSecond]")).getText())
				.endsWith("/s");
			assertThat(browser.findElement(By.id("system-status")).getText()).as("counted in words")
				.matches("Updated .* · (1 instance|(0|[2-9]|\\d{2,}) instances)");
		}
		finally {
			browser.quit();
		}
	}

	private static long points(WebElement system, String series) {
		String points = system.findElement(By.cssSelector("canvas[data-series='" + series + "']"))
			.getDomAttribute("data-points");
		return points == null ? 0 : Long.parseLong(points);
	}

}
