package com.broadsheet.platform;

import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.Task;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Cluster-safe task scheduling on PostgreSQL (db-scheduler). Each module contributes its
 * {@link Task} beans; a due execution is picked by exactly one instance, however many
 * run. Scheduling goes through a transaction-aware DataSource, so a task scheduled inside
 * a business transaction exists if and only if that transaction commits.
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

	@Bean
	Scheduler taskScheduler(DataSource dataSource, List<Task<?>> tasks, PlatformProperties properties) {
		return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
			.jdbcCustomization(new PostgreSqlJdbcCustomization(false, false))
			.pollingInterval(properties.schedulerPollingInterval())
			.threads(2)
			.build();
	}

	/** Starts polling once the context is ready and stops before the pool closes. */
	@Bean
	SmartLifecycle taskSchedulerLifecycle(Scheduler scheduler) {
		return new SmartLifecycle() {

			private volatile boolean running;

			@Override
			public void start() {
				scheduler.start();
				running = true;
			}

			@Override
			public void stop() {
				scheduler.stop();
				running = false;
			}

			@Override
			public boolean isRunning() {
				return running;
			}
		};
	}

}
