package com.broadsheet.security;

import java.util.HashMap;
import java.util.Map;

import com.broadsheet.support.Http;
import com.broadsheet.support.RunningApp;
import com.broadsheet.support.TestDatabases;
import com.broadsheet.support.TestRedis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brute force against two instances sharing Redis: five wrong passwords for an account
 * through instance A, and the sixth attempt is refused on instance B — even with the
 * right password — while other accounts and addresses sign in as usual. Lead limits are
 * shared the same way.
 */
class SignInThrottleTests {

	static final String ADMIN = "admin@broadsheet.local";

	static final String PASSWORD = "throttle test password";

	@Test
	void theSixthWrongPasswordInAMinuteIsThrottledOnEveryInstance() {
		try (TestRedis redis = new TestRedis()) {
			Map<String, String> properties = new HashMap<>(RunningApp.on(TestDatabases.create(),
					"broadsheet.admin.password", PASSWORD, "spring.data.redis.host", TestRedis.host(),
					"spring.data.redis.port", Integer.toString(TestRedis.port()), "broadsheet.redis.key-prefix",
					redis.prefix(), "broadsheet.rate-limits.leads.requests", "2",
					"broadsheet.rate-limits.sign-in-account.requests", "5",
					"broadsheet.rate-limits.sign-in-account.per", "15m"));
			try (RunningApp a = RunningApp.start(properties); RunningApp b = RunningApp.start(properties)) {
				for (int attempt = 1; attempt <= 5; attempt++) {
					Http.Response wrong = signIn(a, ADMIN, "wrong password " + attempt, "198.51.100." + attempt);
					assertThat(wrong.header("Location")).as("attempt %d", attempt).endsWith("/login?error");
				}
				Http.Response sixth = signIn(b, ADMIN, PASSWORD, "198.51.100.6");
				assertThat(sixth.status()).isEqualTo(303);
				assertThat(sixth.header("Location")).as("locked on B too, right password or not")
					.endsWith("/login?throttled");
				assertThat(b.http().get("/login?throttled").body()).contains("Too many failed sign-ins");
				assertThat(redis.keys()).anySatisfy(key -> assertThat(key).contains(":rl:sign-in-account:"));

				// The lead limit is shared as well: two on A, the third on B is refused.
				assertThat(lead(a, "one").status()).isEqualTo(201);
				assertThat(lead(a, "two").status()).isEqualTo(201);
				assertThat(lead(b, "three").status()).isEqualTo(429);
			}
		}
	}

	@Test
	void aSuccessfulSignInRotatesTheSessionAndClearsTheCount() {
		try (TestRedis redis = new TestRedis()) {
			Map<String, String> properties = RunningApp.on(TestDatabases.create(), "broadsheet.admin.password",
					PASSWORD, "spring.data.redis.host", TestRedis.host(), "spring.data.redis.port",
					Integer.toString(TestRedis.port()), "broadsheet.redis.key-prefix", redis.prefix());
			try (RunningApp app = RunningApp.start(properties)) {
				for (int attempt = 1; attempt <= 4; attempt++) {
					signIn(app, ADMIN, "wrong " + attempt, "192.0.2.40");
				}
				Http browser = app.http();
				browser.get("/login");
				String before = browser.cookie("SESSION");
				Http.Response success = browser.postForm("/login",
						Http.fields("_csrf", browser.csrf("/login"), "username", ADMIN, "password", PASSWORD),
						"X-Forwarded-For", "192.0.2.40");
				assertThat(success.header("Location")).endsWith("/admin");
				assertThat(browser.cookie("SESSION")).as("a new session id after sign-in").isNotEqualTo(before);
				String cookie = String.join("; ", success.headers().allValues("Set-Cookie"));
				assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
				for (int attempt = 1; attempt <= 4; attempt++) {
					signIn(app, ADMIN, "wrong again " + attempt, "192.0.2.41");
				}
				assertThat(signIn(app, ADMIN, PASSWORD, "192.0.2.42").header("Location"))
					.as("the count started over after the success")
					.endsWith("/admin");
			}
		}
	}

	private static Http.Response signIn(RunningApp app, String email, String password, String address) {
		Http browser = app.http();
		String csrf = browser.csrf("/login");
		return browser.postForm("/login", Http.fields("_csrf", csrf, "username", email, "password", password),
				"X-Forwarded-For", address);
	}

	private static Http.Response lead(RunningApp app, String text) {
		return app.http().postJson("/api/v1/leads", """
				{"name": "Shared Limit", "email": "shared-%s@example.com", "message": "%s", "consent": true}
				""".formatted(text, text), "X-Forwarded-For", "203.0.113.99");
	}

}
