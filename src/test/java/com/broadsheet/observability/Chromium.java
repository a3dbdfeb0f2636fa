package com.broadsheet.observability;

import java.io.File;

import com.broadsheet.support.Tools;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its chromedriver
 * ({@code apt-get install chromium chromium-driver}).
 */
public final class Chromium {

	static final String BINARY = "/usr/bin/chromium";

	static final String DRIVER = "/usr/bin/chromedriver";

	private Chromium() {
	}

	/**
	 * Starts a browser, or skips the test when Chromium is missing (see {@link Tools}).
	 */
	public static WebDriver start() {
		Tools.requireFile(BINARY, "chromium");
		Tools.requireFile(DRIVER, "chromium-driver");
		ChromeOptions options = new ChromeOptions().setBinary(BINARY)
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--window-size=1280,1600");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
