package com.broadsheet.cluster;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.broadsheet.support.Http;
import com.broadsheet.support.MessagingEnvironment;
import com.broadsheet.support.TcpProxy;
import com.broadsheet.support.TestDatabases;
import com.broadsheet.support.TestRabbit;
import com.broadsheet.support.TestRedis;
import com.broadsheet.support.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three instances of the packaged jar behind HAProxy, started by {@code scripts/cluster}
 * with the deployment kit's balancer configuration, against one PostgreSQL database, one
 * Redis and one RabbitMQ (each with names of this test's own). Runs in the
 * integration-test phase, after the jar is built.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

	private static final Logger log = LoggerFactory.getLogger(ClusterTests.class);

	static final String EDITOR = "editor@cluster.test";

	static final String PASSWORD = "cluster test password";

	static final String TOKEN = "bs_cluster-test-token-0123456789abcdef";

	static final List<String> PAGES = List.of("/", "/blog/the-modular-monolith-boundaries-before-services",
			"/category/security", "/tag/caching", "/?page=2", "/api/v1/articles", "/feed.xml",
			"/blog/graceful-shutdown-is-a-feature", "/author/daniel-okafor",
			"/api/v1/articles/storing-passwords-in-2026");

	final JsonMapper json = JsonMapper.builder().build();

	final String namespace = "bs-test-" + UUID.randomUUID().toString().substring(0, 8);

	TestRedis redis;

	JdbcClient database;

	Cluster cluster;

	@BeforeAll
	void startCluster() throws IOException {
		redis = new TestRedis();
		String url = TestDatabases.create();
		database = JdbcClient.create(new DriverManagerDataSource(url, TestDatabases.user(), ""));
		cluster = Cluster.start(3, Map.ofEntries(Map.entry("SPRING_DATASOURCE_URL", url),
				Map.entry("SPRING_DATASOURCE_USERNAME", TestDatabases.user()),
				Map.entry("BROADSHEET_ADMIN_EMAIL", EDITOR), Map.entry("BROADSHEET_ADMIN_PASSWORD", PASSWORD),
				Map.entry("BROADSHEET_ADMIN_API_TOKEN", TOKEN), Map.entry("SPRING_DATA_REDIS_HOST", TestRedis.host()),
				Map.entry("SPRING_DATA_REDIS_PORT", Integer.toString(TestRedis.port())),
				Map.entry("SPRING_RABBITMQ_HOST", TestRabbit.host()),
				Map.entry("SPRING_RABBITMQ_PORT", Integer.toString(TestRabbit.port())),
				Map.entry("BROADSHEET_REDIS_KEY_PREFIX", redis.prefix()),
				Map.entry("BROADSHEET_EVENTS_NAMESPACE", namespace),
				Map.entry("BROADSHEET_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true"),
				Map.entry("BROADSHEET_SCHEDULER_POLLING_INTERVAL", "1s"),
				// The load comes from one address, far above a real client's
				// limits.
				Map.entry("BROADSHEET_RATELIMITS_LEADS_REQUESTS", "1000000"),
				Map.entry("BROADSHEET_RATELIMITS_CONTENTAPI_REQUESTS", "1000000")));
	}

	@AfterAll
	void stopCluster() {
		try {
			if (cluster != null) {
				cluster.close();
			}
		}
		finally {
			MessagingEnvironment.deleteNamespace(namespace);
			redis.close();
		}
	}

	@Test
	@Order(1)
	void anEditorSignedInOnOneInstanceKeepsWorkingOnTheOthersAndThroughTheBalancer() {
		Http onA = cluster.instance(1).signIn(EDITOR, PASSWORD);
		Http onB = onA.at(cluster.instancePort(2));
		String csrf = onA.csrf("/admin/articles/new");
		Http.Response created = onB.postForm("/admin/articles",
				Http.fields("_csrf", csrf, "title", "Written across the cluster", "summary", "s", "bodyMarkdown", "b",
						"category", "architecture", "author", "maya-lindqvist", "action", "publish"));
		assertThat(created.status()).as("CSRF-protected post on B with the session and token from A").isEqualTo(303);
		assertThat(onA.at(cluster.instancePort(3)).get("/admin/articles").body())
			.contains("Written across the cluster");

		Http throughBalancer = onA.at(cluster.balancerPort());
		long[] before = served();
		for (int i = 0; i < 6; i++) {
			assertThat(throughBalancer.get("/admin").status()).as("signed in, whichever instance answers")
				.isEqualTo(200);
		}
		long[] after = served();
		for (int i = 0; i < 3; i++) {
			assertThat(after[i]).as("app%d served some of them", i + 1).isGreaterThan(before[i]);
		}
	}

	@Test
	@Order(2)
	void anArticleScheduledWithThreeInstancesRunningGoesLiveExactlyOnce() {
		Http http = cluster.balancer();
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			Http.Response endpoint = http.postJson(
					"/api/v1/admin/webhooks", json.writeValueAsString(Map.of("url", receiver.url(), "secret",
							"cluster-webhook-secret", "events", List.of("article.published"))),
					"Authorization", Http.bearer(TOKEN));
			assertThat(endpoint.status()).isEqualTo(201);
			Instant at = Instant.now().plus(3, ChronoUnit.SECONDS);
			Http.Response scheduled = http.postJson("/api/v1/admin/articles", """
					{"title": "Scheduled for the whole cluster", "summary": "s", "bodyMarkdown": "Once.",
					 "category": "architecture", "author": "maya-lindqvist", "status": "SCHEDULED", "scheduledAt": "%s"}
					""".formatted(at), "Authorization", Http.bearer(TOKEN));
			assertThat(scheduled.status()).isEqualTo(201);
			long id = json.readTree(scheduled.body()).get("id").asLong();

			await().atMost(Duration.ofSeconds(60))
				.until(() -> http.get("/blog/scheduled-for-the-whole-cluster").status() == 200);
			// Wait until everything that could still happen has happened: every event
			// relayed, every webhook delivery settled.
			await().atMost(Duration.ofSeconds(60))
				.until(() -> count("select count(*) from outbox_event where published_at is null") == 0
						&& count("select count(*) from webhook_delivery where status <> 'DELIVERED'") == 0
						&& count("select count(*) from webhook_delivery") >= 1);

			assertThat(count("select count(*) from outbox_event where type = 'article.published' and "
					+ "(payload ->> 'articleId')::bigint = " + id))
				.as("one publish event")
				.isEqualTo(1);
			assertThat(receiver.received().stream().filter(r -> r.body().contains("scheduled-for-the-whole-cluster")))
				.as("one webhook")
				.hasSize(1);
			assertThat(count("select count(*) from scheduled_tasks where task_name = 'publish-article'"))
				.as("the one-time task is gone")
				.isZero();
		}
	}

	@Test
	@Order(3)
	void killingAnInstanceMidRunFailsNoRead() {
		long[] before;
		long readsAtKill;
		try (Load load = Load.start(cluster.balancerUrl(), PAGES, 4, null)) {
			await().atMost(Duration.ofSeconds(60)).until(() -> load.reads() >= 300);
			before = served();
			readsAtKill = load.reads();
			cluster.run(Duration.ofSeconds(30), "kill", "2");
			await().atMost(Duration.ofSeconds(60))
				.until(() -> cluster.balancerState(2).startsWith("DOWN") && load.reads() >= readsAtKill + 1500);
			assertThat(load.failures()).as("failed reads through the balancer").isEmpty();
			log.info("Fail-over: {} reads, none failed, app2 killed after {}", load.reads(), readsAtKill);
		}
		long[] after = served();
		// Back to three before asserting, so a failure here does not cascade.
		cluster.run(Duration.ofMinutes(3), "revive", "2");
		assertThat(after[0]).as("app1 carried on").isGreaterThan(before[0]);
		assertThat(after[2]).as("app3 carried on").isGreaterThan(before[2]);
		assertThat(cluster.balancerState(2)).isEqualTo("UP");
	}

	@Test
	@Order(4)
	void aRollingRestartOfEveryInstanceUnderLoadLosesNoRequest() {
		String leadDomain = "rolling-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
		List<String> accepted;
		try (Load load = Load.start(cluster.balancerUrl(), PAGES, 3, leadDomain)) {
			await().atMost(Duration.ofSeconds(60)).until(() -> load.reads() >= 300 && load.leads() >= 10);
			String output = cluster.run(Duration.ofMinutes(8), "restart");
			long readsAfterRestart = load.reads();
			long leadsAfterRestart = load.leads();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> load.reads() > readsAfterRestart + 100 && load.leads() > leadsAfterRestart + 5);
			load.close();
			assertThat(load.failures()).as("failed requests during the rolling restart").isEmpty();
			accepted = load.acceptedLeads();
			log.info("Rolling restart: {} reads and {} leads, none failed\n{}", load.reads(), load.leads(), output);
		}
		List<String> stored = database.sql("select email from lead where email like ?")
			.param("%@" + leadDomain)
			.query(String.class)
			.list();
		assertThat(new HashSet<>(stored)).as("every accepted lead is stored, once").hasSameSizeAs(stored);
		assertThat(stored).containsExactlyInAnyOrderElementsOf(accepted);
		for (int i = 1; i <= 3; i++) {
			assertThat(cluster.log(i)).as("app%d drained before stopping", i)
				.contains("Shutting down: readiness is DOWN; draining");
			assertThat(cluster.balancerState(i)).isEqualTo("UP");
		}
	}

	@Test
	@Order(5)
	void theCachingEdgeCachesWhatTheAppAllowsAndServesItWhileTheOriginIsDown() throws Exception {
		try (TcpProxy origin = new TcpProxy(cluster.balancerPort()); Edge edge = Edge.start(origin.port())) {
			Http reader = edge.http();
			String page = "/blog/graceful-shutdown-is-a-feature";
			await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> reader.get(page).status() == 200);
			Http.Response cached = reader.get(page);
			assertThat(cached.header("X-Cache-Status")).as("second read from the edge").isEqualTo("HIT");
			assertThat(cached.header("Surrogate-Key")).as("cache keys stay at the edge").isNull();

			Http editor = edge.http().signIn(EDITOR, PASSWORD);
			assertThat(editor.get("/admin").header("X-Cache-Status")).as("a signed-in editor bypasses the edge")
				.isEqualTo("BYPASS");
			Http stranger = edge.http();
			stranger.get("/admin/login");
			assertThat(stranger.get("/admin/login").header("X-Cache-Status")).as("private, no-store is never stored")
				.isNotEqualTo("HIT");

			origin.cut();
			Http.Response duringOutage = reader.get(page);
			assertThat(duringOutage.status()).as("edge serves the cached page, origin down").isEqualTo(200);
			assertThat(duringOutage.body()).isEqualTo(cached.body());
			assertThat(edge.running()).as(edge.output()).isTrue();
		}
	}

	private long[] served() {
		return new long[] { cluster.responses2xx(1), cluster.responses2xx(2), cluster.responses2xx(3) };
	}

	private long count(String sql) {
		return database.sql(sql).query(Long.class).single();
	}

}
