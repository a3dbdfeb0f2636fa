package com.broadsheet.platform;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Cluster-safe task scheduling on PostgreSQL (db-scheduler). Each module contributes its
 * {@link Task} beans (one-time tasks, and recurring tasks that are started
 * automatically); a due execution is picked by exactly one instance, however many run.
 * Scheduling goes through a transaction-aware DataSource, so a task scheduled inside a
 * business transaction exists if and only if that transaction commits.
 */
@Configuration(proxyBeanMethods = false)
class TaskSchedulingConfiguration {

	/** For modules to schedule, reschedule and cancel work; never runs tasks itself. */
	@Bean
	@Primary
	SchedulerClient schedulerClient(DataSource dataSource) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource))
			.jdbcCustomization(new PostgreSqlJdbcCustomization(false, false))
			.build();
	}

	/**
	 * Runs the tasks: polls for due executions once the context is ready and stops before
	 * the pool closes. A db-scheduler instance cannot be restarted, so every start builds
	 * a fresh one (a paused and resumed context, as in tests, then works).
	 */
	@Bean
	SmartLifecycle taskRunner(DataSource dataSource, List<Task<?>> tasks, PlatformProperties properties) {
		return new SmartLifecycle() {

			private volatile Scheduler scheduler;

			@Override
			public void start() {
				List<RecurringTask<?>> recurring = tasks.stream()
					.filter(RecurringTask.class::isInstance)
					.<RecurringTask<?>>map(RecurringTask.class::cast)
					.toList();
				List<Task<?>> other = tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList();
				scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), other)
					.startTasks(recurring)
					.jdbcCustomization(new PostgreSqlJdbcCustomization(false, false))
					.pollingInterval(properties.schedulerPollingInterval())
					.threads(2)
					.shutdownMaxWait(Duration.ofSeconds(10))
					.build();
				scheduler.start();
			}

			@Override
			public void stop() {
				Scheduler running = scheduler;
				scheduler = null;
				if (running != null) {
					running.stop();
				}
			}

			@Override
			public boolean isRunning() {
				return scheduler != null;
			}
		};
	}

}
