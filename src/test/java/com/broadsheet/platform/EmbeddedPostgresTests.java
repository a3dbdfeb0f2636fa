package com.broadsheet.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import com.broadsheet.content.ArticleCatalog;
import com.broadsheet.content.ArticleDraft;
import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleStatus;
import com.broadsheet.support.AppProcess;
import com.broadsheet.support.DemoCatalog;
import com.broadsheet.support.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The zero-setup default: no datasource configured means an embedded PostgreSQL 17. */
class EmbeddedPostgresTests {

	@TempDir
	Path dataDir;

	@Test
	void startsPostgres17InTheDataDirAndKeepsContentAcrossRestarts() {
		java.util.Map<String, String> properties = java.util.Map.of("broadsheet.data-dir", dataDir.toString(),
				"broadsheet.admin.password", "embedded test password");
		String slug;
		try (RunningApp app = RunningApp.start(properties)) {
			String version = app.bean(JdbcClient.class).sql("show server_version").query(String.class).single();
			assertThat(version).startsWith("17.");
			assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();
			assertThat(app.http().get("/").html().select("article.card")).hasSize(12);
			ArticleEditor editor = app.bean(ArticleEditor.class);
			slug = editor
				.publish(
						editor
							.create(new ArticleDraft("Survives a restart", null, "s", "b", "architecture",
									"maya-lindqvist", java.util.List.of()))
							.id())
				.slug();
		}
		try (RunningApp again = RunningApp.start(properties)) {
			assertThat(again.bean(ArticleCatalog.class).article(slug)).isPresent();
			assertThat(again.bean(ArticleEditor.class).countByStatus(null).get(ArticleStatus.PUBLISHED))
				.as("the demo articles and the one published before the restart")
				.isEqualTo(DemoCatalog.articles() + 1);
		}
	}

	@Test
	void aGracefulStopEndsWithoutDatabaseErrors(@TempDir Path otherDir) {
		String log;
		try (AppProcess app = AppProcess.start(java.util.Map.of("broadsheet.data-dir", otherDir.toString(),
				"broadsheet.admin.password", "embedded test password",
				// As shipped: a few seconds to drain, in which the pollers keep working.
				"broadsheet.shutdown.drain-delay", "3s"))) {
			assertThat(app.http().get("/").status()).isEqualTo(200);
			app.close();
			log = app.log();
		}
		// SIGTERM: the application stops its work first and PostgreSQL last.
		assertThat(log).contains("Graceful shutdown complete")
			.doesNotContain("terminating connection due to administrator command")
			.doesNotContain("Connection refused")
			.doesNotContain(" ERROR ");
	}

}
