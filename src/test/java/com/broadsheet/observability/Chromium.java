package com.broadsheet.observability;

import java.io.File;

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

	public static WebDriver start() {
		ChromeOptions options = new ChromeOptions().setBinary(BINARY)
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--window-size=1280,1600");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
