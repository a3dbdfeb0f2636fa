package com.broadsheet.observability;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.broadsheet.support.Http;
import com.broadsheet.support.RunningApp;
import com.broadsheet.support.TestDatabases;
import com.broadsheet.support.TestRedis;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With Redis configured, the operations page of any instance lists every instance's
 * latest figures.
 */
class ClusterFiguresTests {

	@Test
	void eachInstanceSeesTheFiguresOfTheOthers() {
		try (TestRedis redis = new TestRedis()) {
			Map<String, String> common = RunningApp.on(TestDatabases.create(), "broadsheet.admin.password",
					"figures test password", "spring.data.redis.host", TestRedis.host(), "spring.data.redis.port",
					Integer.toString(TestRedis.port()), "broadsheet.redis.key-prefix", redis.prefix(),
					"broadsheet.operations.sample-interval", "1s");
			Map<String, String> first = new HashMap<>(common);
			first.put("broadsheet.instance-id", "figures-a");
			Map<String, String> second = new HashMap<>(common);
			second.put("broadsheet.instance-id", "figures-b");
			try (RunningApp a = RunningApp.start(first); RunningApp b = RunningApp.start(second)) {
				JsonMapper json = a.bean(JsonMapper.class);
				Http admin = a.http().signIn("admin@broadsheet.local", "figures test password");
				await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
					JsonNode figures = json.readTree(admin.get("/admin/system/figures").body());
					Set<String> instances = StreamSupport.stream(figures.get("cluster").spliterator(), false)
						.map(sample -> sample.get("instance").asString())
						.collect(Collectors.toSet());
					assertThat(figures.get("instance").asString()).isEqualTo("figures-a");
					assertThat(instances).containsExactlyInAnyOrder("figures-a", "figures-b");
					assertThat(figures.get("cluster").get(0).get("instance").asString()).as("this instance first")
						.isEqualTo("figures-a");
				});
			}
		}
	}

}
