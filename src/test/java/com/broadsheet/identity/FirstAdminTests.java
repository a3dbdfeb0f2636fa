package com.broadsheet.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.broadsheet.support.Http;
import com.broadsheet.support.RunningApp;
import com.broadsheet.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

	private static final Pattern GENERATED = Pattern.compile("password: (\\S+)");

	@Test
	void generatesAPasswordOnFirstStartPrintsItOnceAndItWorks(CapturedOutput output) {
		String database = TestDatabases.create();
		String password;
		try (RunningApp app = RunningApp.start(RunningApp.on(database, "broadsheet.demo-content", "false"))) {
			Matcher matcher = GENERATED.matcher(output.getOut());
			assertThat(matcher.find()).as("generated password in the log").isTrue();
			password = matcher.group(1);
			assertThat(password).hasSizeGreaterThanOrEqualTo(20);
			assertThat(output.getOut()).as("the address to sign in with, one fact a line")
				.contains("  e-mail:   admin@broadsheet.local");
			app.http().signIn("admin@broadsheet.local", password);
			assertThat(app.http().signIn("admin@broadsheet.local", password).get("/admin").status()).isEqualTo(200);
		}
		int printed = output.getOut().split("password: ", -1).length - 1;
		try (RunningApp again = RunningApp.start(RunningApp.on(database, "broadsheet.demo-content", "false"))) {
			assertThat(output.getOut().split("password: ", -1).length - 1).as("printed once only").isEqualTo(printed);
			again.http().signIn("admin@broadsheet.local", password);
		}
	}

	@Test
	void usesTheConfiguredPasswordAndProvisionsTheApiToken(CapturedOutput output) {
		String token = "bs_provisioned-token-1234567890abcdef";
		try (RunningApp app = RunningApp.start(RunningApp.on(TestDatabases.create(), "broadsheet.demo-content", "false",
				"broadsheet.admin.email", "owner@example.test", "broadsheet.admin.password", "configured password 1",
				"broadsheet.admin.api-token", token))) {
			assertThat(output.getOut()).doesNotContain("password: ").doesNotContain("configured password 1");
			Http browser = app.http().signIn("owner@example.test", "configured password 1");
			assertThat(browser.get("/admin").status()).isEqualTo(200);
			assertThat(app.http().get("/api/v1/admin/articles", "Authorization", Http.bearer(token)).status())
				.isEqualTo(200);
			assertThat(app.bean(Accounts.class).loadUserByUsername("owner@example.test").getPassword())
				.startsWith("{argon2}");
		}
	}

	@Test
	void refusesToStartWithAWeakConfiguredPassword() {
		assertThatThrownBy(() -> RunningApp.start(RunningApp.on(TestDatabases.create(), "broadsheet.demo-content",
				"false", "broadsheet.admin.password", "short")))
			.hasStackTraceContaining("Cannot create the first admin from broadsheet.admin.*")
			.hasStackTraceContaining("password");
	}

}
