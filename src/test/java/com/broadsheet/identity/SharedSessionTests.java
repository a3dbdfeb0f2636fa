package com.broadsheet.identity;

import java.util.Map;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleStatus;
import com.broadsheet.support.DemoCatalog;
import com.broadsheet.support.Http;
import com.broadsheet.support.RunningApp;
import com.broadsheet.support.TestDatabases;
import com.broadsheet.support.TestRedis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instances keep no session of their own: sign in through one, carry on through another,
 * CSRF-protected form posts included — with sessions in PostgreSQL (the embedded
 * default's store) and in Redis.
 */
class SharedSessionTests {

	@Test
	void aSessionStartedOnOneInstanceWorksOnAnotherWithSessionsInPostgresql() {
		Map<String, String> properties = RunningApp.on(TestDatabases.create(), "broadsheet.admin.email",
				"editor@example.test", "broadsheet.admin.password", "shared session password");
		try (RunningApp a = RunningApp.start(properties); RunningApp b = RunningApp.start(properties)) {
			signInOnOneAndWorkOnTheOther(a, b);
		}
	}

	@Test
	void aSessionStartedOnOneInstanceWorksOnAnotherWithSessionsInRedis() {
		try (TestRedis redis = new TestRedis()) {
			Map<String, String> properties = RunningApp.on(TestDatabases.create(), "broadsheet.admin.email",
					"editor@example.test", "broadsheet.admin.password", "shared session password",
					"spring.data.redis.host", TestRedis.host(), "spring.data.redis.port",
					Integer.toString(TestRedis.port()), "broadsheet.redis.key-prefix", redis.prefix());
			try (RunningApp a = RunningApp.start(properties); RunningApp b = RunningApp.start(properties)) {
				signInOnOneAndWorkOnTheOther(a, b);
				assertThat(redis.keys()).as("the session lives in Redis").anyMatch(key -> key.contains(":session:"));
			}
		}
	}

	private static void signInOnOneAndWorkOnTheOther(RunningApp a, RunningApp b) {
		Http browserOnA = a.http().signIn("editor@example.test", "shared session password");
		Http browserOnB = browserOnA.at(b.port());
		assertThat(browserOnB.get("/admin").status()).isEqualTo(200);
		String csrf = browserOnA.csrf("/admin/articles/new");
		Http.Response created = browserOnB.postForm("/admin/articles",
				Http.fields("_csrf", csrf, "title", "Written across instances", "summary", "s", "bodyMarkdown", "b",
						"category", "architecture", "author", "maya-lindqvist", "action", "publish"));
		assertThat(created.status()).isEqualTo(303);
		assertThat(b.bean(ArticleEditor.class).countByStatus(null).get(ArticleStatus.PUBLISHED))
			.as("the demo articles and the one just written")
			.isEqualTo(DemoCatalog.articles() + 1);
		Http.Response signOut = browserOnB.postForm("/logout", Http.fields("_csrf", browserOnB.csrf("/admin")));
		assertThat(signOut.status()).isEqualTo(302);
		assertThat(browserOnA.get("/admin").status()).as("signed out everywhere").isEqualTo(302);
	}

}
