package com.broadsheet.content;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Old revisions are thinned by the documented policy: everything from the last 30 days,
 * then the last revision of each day, and always an article's newest; the pruning runs as
 * a db-scheduler recurring task, once in the cluster.
 */
@BroadsheetTest
class RevisionPruningTests {

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	ArticleHistory history;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SchedulerClient scheduler;

	@Test
	void keepsEverythingRecentThenTheLastRevisionOfEachDay() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Instant fortyDaysAgo = today.minusDays(40).atTime(9, 0).toInstant(ZoneOffset.UTC);
		Instant thirtyFiveDaysAgo = today.minusDays(35).atTime(9, 0).toInstant(ZoneOffset.UTC);
		Instant tenDaysAgo = today.minusDays(10).atTime(9, 0).toInstant(ZoneOffset.UTC);
		insert(article.id(), "40 days ago, morning", fortyDaysAgo);
		insert(article.id(), "40 days ago, noon", fortyDaysAgo.plus(Duration.ofHours(3)));
		insert(article.id(), "40 days ago, evening", fortyDaysAgo.plus(Duration.ofHours(10)));
		insert(article.id(), "35 days ago", thirtyFiveDaysAgo);
		insert(article.id(), "10 days ago, morning", tenDaysAgo);
		insert(article.id(), "10 days ago, evening", tenDaysAgo.plus(Duration.ofHours(10)));
		// The article's own first revision (now) stays as its newest.

		assertThat(history.prune()).isGreaterThanOrEqualTo(2);

		assertThat(titles(article.id())).containsExactly(article.title(), "10 days ago, evening",
				"10 days ago, morning", "35 days ago", "40 days ago, evening");
	}

	@Test
	void anArticlesNewestRevisionStaysHoweverOld() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		Instant noon = LocalDate.now(ZoneOffset.UTC).minusDays(400).atTime(12, 0).toInstant(ZoneOffset.UTC);
		jdbc.sql("update article_revision set saved_at = ? where article_id = ?")
			.params(Timestamp.from(noon), article.id())
			.update();
		insert(article.id(), "Same old day, earlier", noon.minus(Duration.ofHours(1)));
		history.prune();
		assertThat(titles(article.id())).containsExactly(article.title());
	}

	@Test
	void pruningRunsAsAClusterWideRecurringTask() {
		ArticleView article = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		Instant longAgo = LocalDate.now(ZoneOffset.UTC).minusDays(90).atTime(8, 0).toInstant(ZoneOffset.UTC);
		insert(article.id(), "Pruned by the task", longAgo);
		insert(article.id(), "Kept by the task", longAgo.plus(Duration.ofHours(1)));
		assertThat(scheduler.reschedule(TaskInstanceId.of(RevisionPruning.TASK, RecurringTask.INSTANCE), Instant.now()))
			.as("the recurring task is registered with db-scheduler")
			.isTrue();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(titles(article.id())).doesNotContain("Pruned by the task")
				.contains("Kept by the task"));
	}

	private void insert(long articleId, String title, Instant savedAt) {
		jdbc.sql("""
				insert into article_revision (article_id, article_version, saved_at, saved_by, title, slug, summary,
				                              body_markdown, category, author)
				values (?, 0, ?, 'Test', ?, 'x', 's', 'b', 'architecture', 'maya-lindqvist')
				""").params(articleId, Timestamp.from(savedAt), title).update();
	}

	private List<String> titles(long articleId) {
		return jdbc.sql("select title from article_revision where article_id = ? order by saved_at desc, id desc")
			.param(articleId)
			.query(String.class)
			.list();
	}

}
