package com.broadsheet.events;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.Http;
import com.broadsheet.support.MessagingEnvironment;
import com.broadsheet.support.RunningApp;
import com.broadsheet.support.TestDatabases;
import com.broadsheet.support.TestMail;
import com.broadsheet.support.TestRabbit;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Declarables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one database and one broker share the work: each event is handled
 * once.
 */
class CompetingConsumersTests {

	@Test
	void twoInstancesSplitTheQueueAndEveryLeadIsMailedExactlyOnce() {
		String database = TestDatabases.create();
		String sales = "competing-" + ArticleFixtures.unique() + "@example.test";
		TestMail.start();
		Map<String, String> properties = RunningApp.on(database, "broadsheet.demo-content", "false",
				"broadsheet.admin.password", "competing test password", "spring.rabbitmq.host", TestRabbit.host(),
				"spring.rabbitmq.port", Integer.toString(TestRabbit.port()), "broadsheet.events.namespace",
				"bs-test-" + UUID.randomUUID().toString().substring(0, 8), "spring.mail.host", "127.0.0.1",
				"spring.mail.port", Integer.toString(TestMail.port()), "broadsheet.notifications.sales-email", sales);
		try (RunningApp first = RunningApp.start(properties); RunningApp second = RunningApp.start(properties)) {
			try {
				JsonMapper json = first.bean(JsonMapper.class);
				Set<String> leads = new HashSet<>();
				for (int i = 0; i < 100; i++) {
					Http http = (i % 2 == 0 ? first : second).http();
					Http.Response response = http.postJson("/api/v1/leads", """
							{"name": "Lead %d", "email": "lead-%d@example.com", "message": "m", "consent": true}
							""".formatted(i, i));
					assertThat(response.status()).isEqualTo(201);
					leads.add(json.readTree(response.body()).get("id").asString());
				}
				await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(TestMail.to(sales)).hasSize(100));
				// A consumer counts its message once it has returned, just after the mail
				// left.
				await().atMost(Duration.ofSeconds(10)).until(() -> handled(first) + handled(second) >= 100);
				double byFirst = handled(first);
				double bySecond = handled(second);
				assertThat(byFirst + bySecond).isEqualTo(100);
				assertThat(byFirst).as("first instance took part").isPositive();
				assertThat(bySecond).as("second instance took part").isPositive();
				Set<String> mailed = new HashSet<>();
				TestMail.to(sales)
					.forEach(
							mail -> leads.stream().filter(id -> TestMail.body(mail).contains(id)).forEach(mailed::add));
				assertThat(mailed).isEqualTo(leads);
			}
			finally {
				MessagingEnvironment.deleteTopology(first.bean(Declarables.class));
			}
		}
	}

	private static double handled(RunningApp app) {
		var counter = app.bean(MeterRegistry.class)
			.find("broadsheet.events.consumed")
			.tags("consumer", "lead-sales-mail", "outcome", "handled")
			.counter();
		return counter == null ? 0 : counter.count();
	}

}
