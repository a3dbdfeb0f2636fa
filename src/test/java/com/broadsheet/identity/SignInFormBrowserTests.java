package com.broadsheet.identity;

import java.time.Duration;

import com.broadsheet.observability.Chromium;
import com.broadsheet.support.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in form after a failed attempt, in headless Chromium: the address typed is
 * still there (the password is not), and signing in from there works.
 */
@BroadsheetTest
class SignInFormBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aFailedSignInKeepsTheAddressButNotThePassword() {
		WebDriver browser = Chromium.start();
		try {
			browser.get("http://localhost:" + port + "/login");
			browser.findElement(By.name("username")).sendKeys(BroadsheetTest.ADMIN_EMAIL);
			browser.findElement(By.name("password")).sendKeys("not the password");
			browser.findElement(By.cssSelector("form button[type=submit]")).click();
			new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/login?error"));

			assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("do not match");
			assertThat(browser.findElement(By.name("username")).getDomProperty("value"))
				.isEqualTo(BroadsheetTest.ADMIN_EMAIL);
			assertThat(browser.findElement(By.name("password")).getDomProperty("value")).isEmpty();
			assertThat(((JavascriptExecutor) browser).executeScript("return document.activeElement.name"))
				.as("ready for the password")
				.isEqualTo("password");

			browser.findElement(By.name("password")).sendKeys(BroadsheetTest.ADMIN_PASSWORD);
			browser.findElement(By.cssSelector("form button[type=submit]")).click();
			new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/admin"));

			browser.get("http://localhost:" + port + "/login");
			assertThat(browser.findElement(By.name("username")).getDomProperty("value"))
				.as("a plain visit to the form starts empty")
				.isEmpty();
		}
		finally {
			browser.quit();
		}
	}

}
