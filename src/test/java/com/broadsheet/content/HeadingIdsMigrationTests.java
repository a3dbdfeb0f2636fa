package com.broadsheet.content;

import com.broadsheet.support.TestDatabases;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies rendered before heading ids had their prefix are brought in line by the
 * migration: a fresh database migrated up to just before it, an article stored the old
 * way, then the rest of the migrations.
 */
class HeadingIdsMigrationTests {

	@Test
	void prefixesTheHeadingIdsOfStoredBodiesAndTheInPageLinksToThem() {
		String url = TestDatabases.create();
		SimpleDriverDataSource database = new SimpleDriverDataSource(new org.postgresql.Driver(), url,
				TestDatabases.user(), "");
		MigrationVersion prefixing = MigrationVersion.fromVersion("2026.11.29.30");
		MigrationVersion before = Arrays.stream(flyway(database).load().info().all())
			.map(MigrationInfo::getVersion)
			.filter(version -> version != null && prefixing.isNewerThan(version))
			.max(MigrationVersion::compareTo)
			.orElseThrow();
		flyway(database).target(before).load().migrate();
		JdbcClient jdbc = JdbcClient.create(database);
		jdbc.sql("insert into category (slug, name) values ('c', 'C')").update();
		jdbc.sql("insert into author (slug, name) values ('a', 'A')").update();
		String stored = """
				<h2 id="share-url">Share URL</h2><p>See <a href="#share-url">above</a>, \
				<a href="#lets-talk">the form</a> and <code>&lt;h2 id="x"&gt;</code>.</p><h3 id="share-url-1">Again</h3>""";
		jdbc.sql(
				"""
						insert into article (slug, title, summary, body_markdown, body_html, reading_minutes, category_id,
						                     author_id, status)
						values ('old', 'Old', 'Old', 'markdown', ?, 1, (select id from category), (select id from author), 'DRAFT')
						""")
			.param(stored)
			.update();

		flyway(database).load().migrate();

		assertThat(jdbc.sql("select body_html from article where slug = 'old'").query(String.class).single())
			.isEqualTo("""
					<h2 id="h-share-url">Share URL</h2><p>See <a href="#h-share-url">above</a>, \
					<a href="#lets-talk">the form</a> and <code>&lt;h2 id="x"&gt;</code>.</p>\
					<h3 id="h-share-url-1">Again</h3>""");
	}

	private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(SimpleDriverDataSource database) {
		return Flyway.configure().dataSource(database).locations("classpath:db/migration");
	}

}
