package com.broadsheet.platform;

import java.util.Map;

import com.broadsheet.support.Http;
import com.broadsheet.support.RunningApp;
import com.broadsheet.support.TestDatabases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an instance needs to sit behind a balancer among others. */
class ScaleOutSettingsTests {

	@Test
	void honoursForwardedHeadersFromTheBalancerOnly() {
		String database = TestDatabases.create();
		Map<String, String> trusting = RunningApp.on(database, "broadsheet.demo-content", "false",
				"broadsheet.admin.password", "forwarded test password");
		try (RunningApp app = RunningApp.start(trusting)) {
			assertThat(sessionCookie(app.http(), "https")).as("TLS ended at the balancer").contains("Secure");
			assertThat(sessionCookie(app.http(), null)).doesNotContain("Secure");
		}
		Map<String, String> distrusting = RunningApp.on(database, "broadsheet.demo-content", "false",
				"server.tomcat.remoteip.internal-proxies", "10\\.9\\.9\\.9");
		try (RunningApp app = RunningApp.start(distrusting)) {
			assertThat(sessionCookie(app.http(), "https")).as("a client cannot claim to be the balancer")
				.doesNotContain("Secure");
		}
	}

	@Test
	void refusesToStartWhenItsPoolWouldBreakTheConnectionBudget() {
		assertThatThrownBy(() -> RunningApp.start(RunningApp.on(TestDatabases.create(), "broadsheet.demo-content",
				"false", "broadsheet.admin.password", "budget test password",
				"spring.datasource.hikari.maximum-pool-size", "10", "broadsheet.database.max-instances", "20")))
			.hasStackTraceContaining("Connection budget exceeded: 20 instances x pool of 10 + 10 reserved = 210")
			.hasStackTraceContaining("max_connections");
	}

	private static String sessionCookie(Http http, String forwardedProto) {
		Http.Response login = forwardedProto == null ? http.get("/login")
				: http.get("/login", "X-Forwarded-Proto", forwardedProto);
		return String.join("; ", login.headers().allValues("Set-Cookie"));
	}

}
