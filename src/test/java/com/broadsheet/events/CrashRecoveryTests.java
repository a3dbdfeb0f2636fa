package com.broadsheet.events;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.broadsheet.support.AppProcess;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.Http;
import com.broadsheet.support.MessagingEnvironment;
import com.broadsheet.support.RunningApp;
import com.broadsheet.support.TcpProxy;
import com.broadsheet.support.TestDatabases;
import com.broadsheet.support.TestMail;
import com.broadsheet.support.TestRabbit;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Declarables;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The process dies after the lead's transaction committed and before its event reached
 * the broker: the event waits in the outbox, and the next instance publishes it.
 */
class CrashRecoveryTests {

	@Test
	void anEventCommittedButNotYetPublishedWhenTheProcessIsKilledIsPublishedAfterRestart() {
		String database = TestDatabases.create();
		String namespace = "bs-test-" + UUID.randomUUID().toString().substring(0, 8);
		String sales = "crash-sales-" + ArticleFixtures.unique() + "@example.test";
		TestMail.start();
		try (TcpProxy broker = new TcpProxy(TestRabbit.host(), TestRabbit.port())) {
			Map<String, String> properties = RunningApp.on(database, "broadsheet.demo-content", "false",
					"broadsheet.admin.password", "crash test password", "spring.rabbitmq.host", "127.0.0.1",
					"spring.rabbitmq.port", Integer.toString(broker.port()), "broadsheet.events.namespace", namespace,
					"spring.mail.host", "127.0.0.1", "spring.mail.port", Integer.toString(TestMail.port()),
					"broadsheet.notifications.sales-email", sales);
			broker.cut();
			String email = "crash-" + ArticleFixtures.unique() + "@example.com";
			try (AppProcess doomed = AppProcess.start(properties)) {
				Http.Response response = doomed.http().postJson("/api/v1/leads", """
						{"name": "Crash Buyer", "email": "%s", "message": "Hello", "consent": true}
						""".formatted(email));
				assertThat(response.status()).isEqualTo(201);
				doomed.kill();
			}
			assertThat(unpublished(database)).as("committed, not published").isEqualTo(1);

			broker.restore();
			try (RunningApp restarted = RunningApp.start(properties)) {
				try {
					await().atMost(Duration.ofSeconds(60))
						.untilAsserted(() -> assertThat(TestMail.to(sales)).hasSize(1));
					assertThat(unpublished(database)).isZero();
					assertThat(TestMail.body(TestMail.to(sales).getFirst())).contains(email);
				}
				finally {
					MessagingEnvironment.deleteTopology(restarted.bean(Declarables.class));
				}
			}
		}
	}

	private static long unpublished(String database) {
		var dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(database, TestDatabases.user(),
				"");
		return JdbcClient.create(dataSource)
			.sql("select count(*) from outbox_event where published_at is null")
			.query(Long.class)
			.single();
	}

}
