package com.broadsheet.observability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.content.TermKind;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import com.broadsheet.support.MessagingEnvironment;
import com.broadsheet.support.RabbitEventsTest;
import com.broadsheet.support.WebhookReceiver;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Prometheus endpoint on the management port, after real traffic: every metric family
 * the operations page, the alert rules and the dashboard read is there, with values that
 * match what happened, and every series names its instance.
 */
@RabbitEventsTest
@TestPropertySource(properties = { "management.server.port=0", "broadsheet.instance-id=metrics-test-1" })
class MetricsTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	JsonMapper json;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	@Test
	void thePublicPortServesProbesButNoMetrics() {
		Http site = new Http(port);
		assertThat(managementPort).isNotEqualTo(port);
		assertThat(site.get("/actuator/prometheus").status()).isEqualTo(404);
		assertThat(site.get("/actuator/metrics").status()).isEqualTo(404);
		assertThat(site.get("/readyz").status()).isEqualTo(200);
		assertThat(site.get("/livez").status()).isEqualTo(200);
		Http management = new Http(managementPort);
		assertThat(management.get("/actuator/prometheus").status()).isEqualTo(200);
		assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200);
	}

	@Test
	void prometheusExposesEveryFamilyWithSaneValues() throws IOException {
		Http site = new Http(port);
		String before = scrape();
		double leadsBefore = value(before, "broadsheet_leads_received_total", "source=\"api\"");
		double publishedBefore = value(before, "broadsheet_articles_published_total", "");
		String articleRoute = "uri=\"/blog/{slug}\"";
		double articleViewsBefore = value(before, "http_server_requests_seconds_count",
				"status=\"200\"," + articleRoute);
		double notModifiedBefore = value(before, "http_server_requests_seconds_count",
				"status=\"304\"," + articleRoute);
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			assertThat(site
				.postJson("/api/v1/admin/webhooks",
						json.writeValueAsString(Map.of("url", receiver.url(), "secret", "a-secret-of-sixteen+",
								"events", List.of("lead.created"))),
						"Authorization", Http.bearer(BroadsheetTest.API_TOKEN))
				.status()).isEqualTo(201);
			ArticleFixtures fixtures = new ArticleFixtures(editor, taxonomy);
			ArticleView article = fixtures.publishedArticle()
				.in(fixtures.term(TermKind.CATEGORY, "Metrics").slug())
				.by(fixtures.term(TermKind.AUTHOR, "Meter Reader").slug())
				.create();
			String etag = null;
			for (int i = 0; i < 3; i++) {
				Http.Response view = site.get("/blog/" + article.slug());
				assertThat(view.status()).isEqualTo(200);
				etag = view.header("ETag");
			}
			assertThat(site.get("/blog/" + article.slug(), "If-None-Match", etag).status()).isEqualTo(304);
			assertThat(site.get("/no-such-page").status()).isEqualTo(404);
			assertThat(site.postJson("/api/v1/leads", """
					{"name": "Metric Reader", "email": "metrics-%s@example.com", "message": "Hi", "consent": true}
					""".formatted(ArticleFixtures.unique())).status()).isEqualTo(201);
			await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 1);
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> value(scrape(), "broadsheet_webhooks_deliveries_total", "") >= 1);
		String metrics = scrape();

		assertThat(value(metrics, "broadsheet_leads_received_total", "source=\"api\"")).isEqualTo(leadsBefore + 1);
		assertThat(value(metrics, "broadsheet_articles_published_total", "")).isEqualTo(publishedBefore + 1);
		// HTTP latency histograms and errors by route template
		assertThat(metrics).containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/leads\"")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"404\"");
		// Every view counts, the two served from the cache (and the 304) as much as the
		// render: request rates, error ratios and latency alerts depend on it.
		assertThat(value(metrics, "http_server_requests_seconds_count", "status=\"200\"," + articleRoute))
			.isEqualTo(articleViewsBefore + 3);
		assertThat(value(metrics, "http_server_requests_seconds_count", "status=\"304\"," + articleRoute))
			.isEqualTo(notModifiedBefore + 1);
		// JVM and the connection pool
		assertThat(value(metrics, "jvm_memory_used_bytes", "")).isPositive();
		assertThat(metrics).contains("hikaricp_connections_active{", "hikaricp_connections_pending{",
				"hikaricp_connections_acquire_seconds_count{", "hikaricp_connections_max{");
		// Every cache level
		assertThat(metrics).containsPattern("broadsheet_cache_requests_total\\{[^}]*result=\"hit\"")
			.contains("broadsheet_cache_size{", "broadsheet_cache_load_seconds_count{");
		// The outbox and RabbitMQ
		assertThat(metrics).contains("broadsheet_outbox_backlog{", "broadsheet_outbox_oldest_age_seconds{");
		assertThat(value(metrics, "broadsheet_events_published_total", "")).isPositive();
		assertThat(metrics).containsPattern("broadsheet_events_consumed_total\\{[^}]*outcome=\"handled\"");
		assertThat(metrics).containsPattern("broadsheet_webhooks_deliveries_total\\{[^}]*outcome=\"delivered\"");
		// Everything the alert rules and the dashboard in deploy/ read is here.
		assertThat(referencedMetrics()).isNotEmpty().allSatisfy(name -> assertThat(metrics).contains(name + "{"));
		// ...each series tagged with this instance
		assertThat(metrics.lines().filter(line -> line.startsWith("broadsheet_"))).isNotEmpty()
			.allSatisfy(line -> assertThat(line).contains("instance_id=\"metrics-test-1\""));
	}

	@Test
	void theOutboxBacklogCountsEventsTheBrokerHasNotTakenYet() {
		Http site = new Http(port);
		MessagingEnvironment.rabbitProxy().cut();
		try {
			assertThat(site.postJson("/api/v1/leads", """
					{"name": "Backlog Reader", "email": "backlog-%s@example.com", "message": "Hi", "consent": true}
					""".formatted(ArticleFixtures.unique())).status()).isEqualTo(201);
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				String metrics = scrape();
				assertThat(value(metrics, "broadsheet_outbox_backlog", "")).isGreaterThanOrEqualTo(1);
				assertThat(value(metrics, "broadsheet_outbox_oldest_age_seconds", "")).isPositive();
			});
		}
		finally {
			MessagingEnvironment.rabbitProxy().restore();
		}
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			String metrics = scrape();
			assertThat(metrics).contains("broadsheet_outbox_backlog{");
			assertThat(value(metrics, "broadsheet_outbox_backlog", "")).isZero();
		});
	}

	/**
	 * Metric names used by deploy/prometheus/alerts.yml and
	 * deploy/grafana/broadsheet.json.
	 */
	static Set<String> referencedMetrics() throws IOException {
		Set<String> names = new TreeSet<>();
		for (String file : List.of("deploy/prometheus/alerts.yml", "deploy/grafana/broadsheet.json")) {
			Matcher matcher = Pattern.compile("\\b((?:broadsheet|http_server|hikaricp|jvm)_[a-z_]+)")
				.matcher(Files.readString(Path.of(file)));
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
		return names;
	}

	private String scrape() {
		Http.Response response = new Http(managementPort).get("/actuator/prometheus");
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	/**
	 * The sum of a family's samples whose labels contain {@code labels} (route labels
	 * hold braces: {@code uri="/blog/{slug}"}).
	 */
	private static double value(String metrics, String family, String labels) {
		Pattern sample = Pattern.compile("^" + Pattern.quote(family) + "\\{(.*)\\} (\\S+)$", Pattern.MULTILINE);
		Matcher matcher = sample.matcher(metrics);
		double sum = 0;
		while (matcher.find()) {
			if (matcher.group(1).contains(labels)) {
				sum += Double.parseDouble(matcher.group(2));
			}
		}
		return sum;
	}

}
