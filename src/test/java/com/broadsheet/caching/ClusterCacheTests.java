package com.broadsheet.caching;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.broadsheet.support.Http;
import com.broadsheet.support.MessagingEnvironment;
import com.broadsheet.support.RunningApp;
import com.broadsheet.support.TestDatabases;
import com.broadsheet.support.TestRabbit;
import com.broadsheet.support.TestRedis;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Declarables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one database, one Redis and one RabbitMQ: the shared cache serves
 * both, and a change made through one is served by the other within a second.
 */
class ClusterCacheTests {

	private static final Logger log = LoggerFactory.getLogger(ClusterCacheTests.class);

	static final String TOKEN = "bs_cluster-cache-test-token-0123456789";

	@Test
	void anUpdateThroughInstanceAIsServedByInstanceBWithinASecondFromRefreshedCaches() {
		Declarables topology = null;
		try (TestRedis redis = new TestRedis()) {
			Map<String, String> properties = RunningApp.on(TestDatabases.create(), "broadsheet.admin.password",
					"cluster test password", "broadsheet.admin.api-token", TOKEN, "spring.data.redis.host",
					TestRedis.host(), "spring.data.redis.port", Integer.toString(TestRedis.port()),
					"broadsheet.redis.key-prefix", redis.prefix(), "spring.rabbitmq.host", TestRabbit.host(),
					"spring.rabbitmq.port", Integer.toString(TestRabbit.port()), "broadsheet.events.namespace",
					"bs-test-" + UUID.randomUUID().toString().substring(0, 8));
			try (RunningApp a = RunningApp.start(properties); RunningApp b = RunningApp.start(properties)) {
				topology = a.bean(Declarables.class);
				JsonMapper json = a.bean(JsonMapper.class);
				Http.Response created = a.http().postJson("/api/v1/admin/articles", """
						{"title": "Cluster caching", "summary": "Before", "bodyMarkdown": "Version one.",
						 "category": "architecture", "author": "maya-lindqvist", "status": "PUBLISHED"}
						""", "Authorization", Http.bearer(TOKEN));
				assertThat(created.status()).isEqualTo(201);
				long id = json.readTree(created.body()).get("id").asLong();
				String path = "/blog/cluster-caching";

				assertThat(a.http().get(path).body()).contains("Version one.");
				assertThat(redis.get("v2:page:" + path)).as("A stored the page in Redis").contains("Version one.");
				assertThat(b.http().get(path).body()).contains("Version one.");
				assertThat(level(b, "l2", "hit")).as("B served it from Redis, not by rendering").isEqualTo(1);
				assertThat(b.http().get(path).body()).contains("Version one.");
				assertThat(level(b, "l1", "hit")).as("then from its own memory").isGreaterThanOrEqualTo(1);

				Http.Response updated = a.http().putJson("/api/v1/admin/articles/" + id, """
						{"title": "Cluster caching", "slug": "cluster-caching", "summary": "After",
						 "bodyMarkdown": "Version two.", "category": "architecture", "author": "maya-lindqvist"}
						""", "Authorization", Http.bearer(TOKEN));
				assertThat(updated.status()).isEqualTo(200);
				long changed = System.nanoTime();
				await().atMost(Duration.ofSeconds(1))
					.pollInterval(Duration.ofMillis(20))
					.until(() -> b.http().get(path).body().contains("Version two."));
				log.info("Instance B served the update after {} ms", (System.nanoTime() - changed) / 1_000_000);

				assertThat(a.http().get(path).body()).contains("Version two.").doesNotContain("Version one.");
				assertThat(b.http().get(path).body()).doesNotContain("Version one.");
				assertThat(redis.get("v2:page:" + path)).as("Redis holds the new page").contains("Version two.");
			}
		}
		finally {
			if (topology != null) {
				MessagingEnvironment.deleteTopology(topology);
			}
		}
	}

	private static double level(RunningApp app, String level, String result) {
		var counter = app.bean(MeterRegistry.class)
			.find("broadsheet.cache.requests")
			.tags("level", level, "result", result)
			.counter();
		return counter == null ? 0 : counter.count();
	}

}
