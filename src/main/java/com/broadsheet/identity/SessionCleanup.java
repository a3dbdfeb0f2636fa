package com.broadsheet.identity;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.data.redis.RedisIndexedSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Expired sessions are removed by one instance a minute (a db-scheduler recurring task),
 * not by a timer on every instance. Spring Session's own cleanup schedules are off
 * ({@code cleanup-cron: "-"}).
 */
@Configuration(proxyBeanMethods = false)
class SessionCleanup {

	@Bean
	RecurringTask<Void> expiredSessionCleanup(ObjectProvider<JdbcIndexedSessionRepository> jdbc,
			ObjectProvider<RedisIndexedSessionRepository> redis) {
		return Tasks.recurring("session-cleanup", FixedDelay.of(Duration.ofMinutes(1))).execute((instance, context) -> {
			jdbc.ifAvailable(JdbcIndexedSessionRepository::cleanUpExpiredSessions);
			redis.ifAvailable(RedisIndexedSessionRepository::cleanUpExpiredSessions);
		});
	}

}
