package com.broadsheet.content;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Old revisions are thinned by one instance of the cluster at a time (a db-scheduler
 * recurring task), whichever picks it up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RevisionProperties.class)
class RevisionPruning {

	static final String TASK = "revision-pruning";

	private static final Logger log = LoggerFactory.getLogger(RevisionPruning.class);

	/** Looks the history up lazily: it needs the editor, which needs the scheduler. */
	@Bean
	RecurringTask<Void> revisionPruningTask(ObjectProvider<ArticleHistory> history, RevisionProperties properties) {
		return Tasks.recurring(TASK, FixedDelay.of(properties.pruneEvery())).execute((instance, context) -> {
			int removed = history.getObject().prune();
			if (removed > 0) {
				log.info("Pruned {} old article revisions", removed);
			}
		});
	}

}
