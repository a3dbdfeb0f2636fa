package com.broadsheet.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import com.broadsheet.support.LocalEventsTest;
import com.broadsheet.support.WebhookReceiver;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A receiver that never recovers: retried with growing delays, then marked failed. */
@LocalEventsTest
@TestPropertySource(properties = "broadsheet.webhooks.retry-window=2s")
class WebhookGiveUpTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	MeterRegistry meters;

	@Test
	void retriesWithGrowingDelaysUntilTheWindowClosesThenShowsFailed() {
		Http http = new Http(port);
		try (WebhookReceiver receiver = new WebhookReceiver().answering(503)) {
			Http.Response registered = http.postJson(
					"/api/v1/admin/webhooks", json.writeValueAsString(Map.of("url", receiver.url(), "secret",
							"a-secret-of-sixteen+", "events", List.of("lead.created"))),
					"Authorization", Http.bearer(BroadsheetTest.API_TOKEN));
			long endpoint = json.readTree(registered.body()).get("id").asLong();
			http.postJson("/api/v1/leads", """
					{"name": "Never", "email": "never-%s@example.com", "message": "m", "consent": true}
					""".formatted(ArticleFixtures.unique()));
			await().atMost(Duration.ofSeconds(20))
				.until(() -> delivery(http, endpoint) != null
						&& delivery(http, endpoint).get("status").asString().equals("FAILED"));
			JsonNode attempts = delivery(http, endpoint).get("log");
			assertThat(attempts.size()).isGreaterThanOrEqualTo(2);
			attempts.forEach(attempt -> assertThat(attempt.get("statusCode").asInt()).isEqualTo(503));
			int received = receiver.received().size();
			assertThat(received).isEqualTo(attempts.size());
			assertThat(meters.counter("broadsheet.webhooks.deliveries", "outcome", "gave_up").count())
				.isGreaterThanOrEqualTo(1);
		}
	}

	@Test
	void retryDelaysDoubleFromTheFirstUpToTheCap() {
		WebhookProperties properties = new WebhookProperties(false, Duration.ofSeconds(10), Duration.ofHours(1),
				Duration.ofHours(24), Duration.ofSeconds(10));
		assertThat(properties.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
		assertThat(properties.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
		assertThat(properties.delayAfter(5)).isEqualTo(Duration.ofSeconds(160));
		assertThat(properties.delayAfter(12)).isEqualTo(Duration.ofHours(1));
		assertThat(properties.delayAfter(60)).isEqualTo(Duration.ofHours(1));
	}

	private JsonNode delivery(Http http, long endpoint) {
		JsonNode log = json.readTree(http.get("/api/v1/admin/webhooks/" + endpoint + "/deliveries", "Authorization",
				Http.bearer(BroadsheetTest.API_TOKEN))
			.body());
		return log.isEmpty() ? null : log.get(0);
	}

}
