package com.broadsheet.caching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.broadsheet.support.Http;
import com.broadsheet.support.RunningApp;
import com.broadsheet.support.TcpProxy;
import com.broadsheet.support.TestDatabases;
import com.broadsheet.support.TestRedis;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis cut off mid-run (through a proxy, not the machine's service): readers keep
 * getting pages from memory and the database without waiting on Redis, health says
 * degraded, and caching resumes by itself when Redis is back.
 */
class RedisOutageTests {

	static final String TOKEN = "bs_redis-outage-test-token-0123456789";

	@Test
	void readersAreServedThroughARedisOutageAndCachingResumesAfterwards() {
		try (TestRedis redis = new TestRedis(); TcpProxy proxy = new TcpProxy(TestRedis.host(), TestRedis.port())) {
			Map<String, String> properties = RunningApp.on(TestDatabases.create(), "broadsheet.admin.password",
					"outage test password", "broadsheet.admin.api-token", TOKEN, "spring.data.redis.host", "127.0.0.1",
					"spring.data.redis.port", Integer.toString(proxy.port()), "broadsheet.redis.key-prefix",
					redis.prefix());
			String article = "/blog/reading-explain-without-fear";
			try (RunningApp app = RunningApp.start(properties)) {
				Http http = app.http();
				JsonMapper json = app.bean(JsonMapper.class);
				assertThat(http.get(article).status()).isEqualTo(200);
				// Demo content is still sending its invalidations just after start; a
				// page
				// rendered while one lands is rightly not stored, so read until one is.
				await().atMost(Duration.ofSeconds(20)).until(() -> {
					http.get(article);
					return redis.get("v2:page:" + article) != null;
				});
				assertThat(redisHealth(http, json)).isEqualTo("UP");

				proxy.cut();
				List<String> paths = List.of(article, "/", "/?page=2", "/category/security", "/tag/caching",
						"/author/daniel-okafor", "/blog/graceful-shutdown-is-a-feature", "/feed.xml",
						"/api/v1/articles", "/api/v1/articles/storing-passwords-in-2026");
				for (int round = 0; round < 4; round++) {
					for (String path : paths) {
						assertThat(http.get(path).status()).as(path).isEqualTo(200);
					}
				}
				// Readers stop asking the dead Redis at all once the breaker opens.
				assertThat(app.bean(MeterRegistry.class).find("broadsheet.cache.l2.skipped").counters())
					.as("calls skipped by the open circuit breaker")
					.isNotEmpty()
					.allSatisfy(counter -> assertThat(counter.count()).isPositive());
				Http.Response health = http.get("/actuator/health");
				assertThat(health.status()).isEqualTo(200);
				assertThat(json.readTree(health.body()).get("status").asString()).isEqualTo("DEGRADED");
				assertThat(redisHealth(http, json)).isEqualTo("DEGRADED");
				assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
				assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);

				// A change while Redis is down: the shared cache cannot hear about it.
				long id = articleId(http, json, "reading-explain-without-fear");
				Http.Response edit = http.postJson("/api/v1/admin/articles/" + id + "/unpublish", "", "Authorization",
						Http.bearer(TOKEN));
				assertThat(edit.status()).isEqualTo(200);
				assertThat(http.get(article).status()).isEqualTo(404);

				proxy.restore();
				await().atMost(Duration.ofSeconds(30))
					.pollInterval(Duration.ofMillis(500))
					.until(() -> "UP".equals(redisHealth(http, json)));
				await().atMost(Duration.ofSeconds(10))
					.until(() -> http.get("/tag/postgresql").status() == 200
							&& redis.get("v2:page:/tag/postgresql") != null);
			}
			try (RunningApp other = RunningApp.start(properties)) {
				assertThat(other.http().get(article).status()).as("the copy cached before the outage is stale")
					.isEqualTo(404);
			}
		}
	}

	private static String redisHealth(Http http, JsonMapper json) {
		JsonNode health = json.readTree(http.get("/actuator/health").body());
		return health.get("components").get("redis").get("status").asString();
	}

	private static long articleId(Http http, JsonMapper json, String slug) {
		List<JsonNode> all = new ArrayList<>();
		json.readTree(http.get("/api/v1/admin/articles", "Authorization", Http.bearer(TOKEN)).body())
			.get("items")
			.forEach(all::add);
		return all.stream()
			.filter(a -> a.get("slug").asString().equals(slug))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
	}

}
