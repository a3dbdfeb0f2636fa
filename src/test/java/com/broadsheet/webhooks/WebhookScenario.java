package com.broadsheet.webhooks;

import java.util.List;
import java.util.Map;

import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps webhook tests share, through the Admin API and the lead API as an integrator
 * and a reader would take them.
 */
final class WebhookScenario {

	private static final String TOKEN = Http.bearer(BroadsheetTest.API_TOKEN);

	private final Http http;

	private final JsonMapper json;

	WebhookScenario(int port, JsonMapper json) {
		this.http = new Http(port);
		this.json = json;
	}

	/** Registers an endpoint for {@code lead.created}; returns its id. */
	long register(String url) {
		Http.Response response = http.postJson("/api/v1/admin/webhooks",
				json.writeValueAsString(
						Map.of("url", url, "secret", "a-secret-of-sixteen+", "events", List.of("lead.created"))),
				"Authorization", TOKEN);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body()).get("id").asLong();
	}

	/** Submits a lead through the public API, as a reader's browser would. */
	void postLead() {
		Http.Response response = http.postJson("/api/v1/leads", """
				{"name": "Webhook Test", "email": "hooks-%s@example.com", "message": "m", "consent": true}
				""".formatted(ArticleFixtures.unique()));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	/** The endpoint's deliveries, newest first, each with its attempts. */
	List<JsonNode> deliveries(long endpoint) {
		return json
			.readTree(http.get("/api/v1/admin/webhooks/" + endpoint + "/deliveries", "Authorization", TOKEN).body())
			.valueStream()
			.toList();
	}

	/** The attempts of the endpoint's oldest delivery (empty before the first). */
	List<JsonNode> attempts(long endpoint) {
		List<JsonNode> deliveries = deliveries(endpoint);
		return deliveries.isEmpty() ? List.of() : deliveries.getLast().get("log").valueStream().toList();
	}

}
