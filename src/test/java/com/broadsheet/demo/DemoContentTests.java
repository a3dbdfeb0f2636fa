package com.broadsheet.demo;

import java.io.IOException;
import java.util.List;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleStatus;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.content.TermKind;
import com.broadsheet.support.RunningApp;
import com.broadsheet.support.TestDatabases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoContentTests {

	@Test
	void demoArticlesAreSubstantialAndVaried() throws IOException {
		List<DemoArticle> articles = DemoContent.articles();
		assertThat(articles).hasSizeGreaterThanOrEqualTo(30);
		assertThat(articles.stream().map(a -> a.draft().category()).distinct()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(articles.stream().map(a -> a.draft().author()).distinct()).hasSizeGreaterThanOrEqualTo(3);
		List<DemoArticle> longReads = articles.stream().filter(a -> words(a) >= 1500).toList();
		assertThat(longReads).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy(a -> assertThat(words(a)).as(a.file()).isLessThanOrEqualTo(2000L))
			.allSatisfy(a -> assertThat(a.draft().bodyMarkdown()).as(a.file())
				.contains("\n## ")
				.containsPattern("\n {2,}[-*] "));
		assertThat(articles).filteredOn(a -> words(a) < 1500)
			.allSatisfy(a -> assertThat(words(a)).as(a.file()).isBetween(300L, 1000L));
		assertThat(articles.stream().map(DemoArticle::daysAgo).distinct()).hasSameSizeAs(articles);
	}

	@Test
	void loadsOnceIntoAnEmptyDatabaseAndNeverAgain() {
		String database = TestDatabases.create();
		long published;
		try (RunningApp app = RunningApp.start(RunningApp.on(database))) {
			published = app.bean(ArticleEditor.class).countByStatus(null).get(ArticleStatus.PUBLISHED);
			assertThat(published).isGreaterThanOrEqualTo(30);
			Taxonomy taxonomy = app.bean(Taxonomy.class);
			assertThat(taxonomy.list(TermKind.CATEGORY)).hasSizeGreaterThanOrEqualTo(5);
			assertThat(taxonomy.list(TermKind.AUTHOR)).hasSizeGreaterThanOrEqualTo(3);
			assertThat(app.http().get("/blog/reading-explain-without-fear").body()).contains("8 min read");
		}
		try (RunningApp again = RunningApp.start(RunningApp.on(database))) {
			assertThat(again.bean(ArticleEditor.class).countByStatus(null).get(ArticleStatus.PUBLISHED))
				.isEqualTo(published);
		}
	}

	@Test
	void canBeSwitchedOff() {
		try (RunningApp app = RunningApp
			.start(RunningApp.on(TestDatabases.create(), "broadsheet.demo-content", "false"))) {
			assertThat(app.bean(ArticleEditor.class).countByStatus(null).values()).containsOnly(0L);
			assertThat(app.bean(Taxonomy.class).list(TermKind.CATEGORY)).isEmpty();
		}
	}

	private static long words(DemoArticle article) {
		return article.draft().bodyMarkdown().split("\\s+").length;
	}

}
