package com.broadsheet.content;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Scheduled publication on db-scheduler: one task instance per article, stored in the
 * same transaction as the article, executed by exactly one instance when due. The
 * article's own state is the final guard, so a stale execution (the article was
 * rescheduled or unpublished since) does nothing.
 */
@Component
class PublicationSchedule {

	static final String TASK = "publish-article";

	private final SchedulerClient scheduler;

	private final OneTimeTask<Void> task;

	PublicationSchedule(SchedulerClient scheduler, OneTimeTask<Void> publishArticleTask) {
		this.scheduler = scheduler;
		this.task = publishArticleTask;
	}

	void publishAt(long articleId, Instant at) {
		scheduler.schedule(task.instance(Long.toString(articleId)), at, ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
	}

	@Configuration(proxyBeanMethods = false)
	static class Task {

		/** Looks the editor up lazily: the editor needs this task to schedule with. */
		@Bean
		OneTimeTask<Void> publishArticleTask(ObjectProvider<ArticleEditor> editor) {
			return Tasks.oneTime(TASK)
				.onFailureRetryLater()
				.execute((instance, context) -> editor.getObject().publishIfDue(Long.parseLong(instance.getId())));
		}

	}

}
