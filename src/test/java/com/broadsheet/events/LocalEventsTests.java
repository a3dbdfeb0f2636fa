package com.broadsheet.events;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.content.Term;
import com.broadsheet.content.TermKind;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import com.broadsheet.support.LocalEventsTest;
import com.broadsheet.support.MessagingEnvironment;
import com.broadsheet.support.ProbeConsumer;
import com.broadsheet.support.Signatures;
import com.broadsheet.support.TestMail;
import com.broadsheet.support.WebhookReceiver;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The event backbone on the embedded default's in-process transport. */
@LocalEventsTest
class LocalEventsTests {

	static final String TOKEN = Http.bearer(BroadsheetTest.API_TOKEN);

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProbeConsumer.Probe probe;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	EventsProperties properties;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void runsOnTheInProcessTransport() {
		assertThat(properties.usesRabbit()).isFalse();
	}

	@Test
	void aLeadProducesOneSalesMailOneAutoReplyAndOneSignedWebhook() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			String secret = "whsec-" + UUID.randomUUID();
			register(receiver.url(), secret, "lead.created");
			String email = "buyer-" + ArticleFixtures.unique() + "@example.com";
			UUID lead = submitLead("Ada Buyer", email);

			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				assertThat(salesMailsAbout(lead)).hasSize(1);
				assertThat(TestMail.to(email)).hasSize(1);
				assertThat(receiver.received()).hasSize(1);
			});
			MimeMessage sales = salesMailsAbout(lead).getFirst();
			assertThat(sales.getSubject()).isEqualTo("New lead: Ada Buyer (Acme)");
			assertThat(TestMail.body(sales)).contains(email, "We need a hand with our caching.");
			assertThat(TestMail.to(email).getFirst().getSubject()).startsWith("Thanks for getting in touch");

			WebhookReceiver.Received hook = receiver.received().getFirst();
			assertThat(hook.header("Broadsheet-Event-Type")).isEqualTo("lead.created");
			assertThat(hook.header("Content-Type")).isEqualTo("application/json");
			assertThat(Signatures.verify(secret, hook.header("Broadsheet-Timestamp"), hook.body(),
					hook.header("Broadsheet-Signature")))
				.as("signature verifies")
				.isTrue();
			assertThat(Signatures.verify("wrong secret", hook.header("Broadsheet-Timestamp"), hook.body(),
					hook.header("Broadsheet-Signature")))
				.isFalse();
			JsonNode body = json.readTree(hook.body());
			assertThat(body.get("id").asString()).isEqualTo(hook.header("Broadsheet-Event-Id"));
			assertThat(body.get("type").asString()).isEqualTo("lead.created");
			assertThat(body.get("data").get("id").asString()).isEqualTo(lead.toString());
			assertThat(body.get("data").get("email").asString()).isEqualTo(email);
			// What the README says a lead.created webhook carries, with the source
			// spelled
			// as the lead API spells it.
			assertThat(body.get("data").properties().stream().map(java.util.Map.Entry::getKey)).containsExactly("id",
					"name", "email", "company", "message", "source", "createdAt");
			JsonNode read = json.readTree(http.get("/api/v1/leads/" + lead, "Authorization", TOKEN).body());
			assertThat(body.get("data").get("source").asString()).isEqualTo(read.get("source").asString())
				.isEqualTo("API");
		}
	}

	@Test
	void aFailingReceiverGetsTheDeliveryOnRetryAndTheLogShowsBothAttempts() {
		try (WebhookReceiver receiver = new WebhookReceiver().answering(500, 200)) {
			long endpoint = register(receiver.url(), "a-secret-of-sixteen+", "lead.created");
			submitLead("Retry Buyer", "retry-" + ArticleFixtures.unique() + "@example.com");
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				JsonNode log = deliveries(endpoint);
				assertThat(log).hasSize(1);
				assertThat(log.get(0).get("status").asString()).isEqualTo("DELIVERED");
			});
			JsonNode attempts = deliveries(endpoint).get(0).get("log");
			assertThat(attempts).hasSize(2);
			assertThat(attempts.get(0).get("attempt").asInt()).isEqualTo(1);
			assertThat(attempts.get(0).get("statusCode").asInt()).isEqualTo(500);
			assertThat(attempts.get(1).get("statusCode").asInt()).isEqualTo(200);
			assertThat(attempts.get(1).get("latencyMillis").asInt()).isNotNegative();
			assertThat(receiver.received()).hasSize(2);
			assertThat(receiver.received().get(0).header("Broadsheet-Event-Id"))
				.isEqualTo(receiver.received().get(1).header("Broadsheet-Event-Id"));
			assertThat(receiver.received().get(0).body()).isEqualTo(receiver.received().get(1).body());

			Http admin = new Http(port).signIn(BroadsheetTest.ADMIN_EMAIL, BroadsheetTest.ADMIN_PASSWORD);
			var page = admin.get("/admin/webhooks/" + endpoint).html();
			assertThat(page.select(".deliveries .status").first().text()).isEqualTo("DELIVERED");
			assertThat(page.select(".attempts li").eachText()).hasSize(2)
				.anySatisfy(line -> assertThat(line).startsWith("Attempt 1 · ").contains("500").contains(" ms"))
				.anySatisfy(line -> assertThat(line).startsWith("Attempt 2 · ").contains("200"));
			assertThat(page.select("form[action$=/redeliver] button").text()).isEqualTo("Redeliver");
		}
	}

	@Test
	void aDeliveryCanBeSentAgainFromTheAdmin() {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			long endpoint = register(receiver.url(), "a-secret-of-sixteen+", "lead.created");
			submitLead("Redeliver Buyer", "redeliver-" + ArticleFixtures.unique() + "@example.com");
			await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 1);
			long delivery = deliveries(endpoint).get(0).get("id").asLong();
			Http.Response redeliver = http.postJson(
					"/api/v1/admin/webhooks/" + endpoint + "/deliveries/" + delivery + "/redeliver", "",
					"Authorization", TOKEN);
			assertThat(redeliver.status()).isEqualTo(202);
			await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 2);
		}
	}

	@Test
	void aMailServerOutageDelaysTheNotificationButNeverLosesIt() {
		TestMail.proxy().cut();
		UUID lead;
		try {
			lead = submitLead("Outage Buyer", "outage-" + ArticleFixtures.unique() + "@example.com");
			await().atMost(Duration.ofSeconds(20))
				.until(() -> jdbc
					.sql("select attempts from event_delivery where consumer = 'lead-sales-mail'"
							+ " and event_id = (select id from outbox_event where payload->>'leadId' = ?)")
					.param(lead.toString())
					.query(Integer.class)
					.optional()
					.orElse(0) >= 2);
			assertThat(salesMailsAbout(lead)).isEmpty();
		}
		finally {
			TestMail.proxy().restore();
		}
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(salesMailsAbout(lead)).hasSize(1));
	}

	@Test
	void aConsumerThatAlwaysFailsDeadLettersTheEventWhileOthersFlowAndItCanBeReplayed() {
		UUID poison = submitLead("poison pill", "poison-" + ArticleFixtures.unique() + "@example.com");
		UUID healthy = submitLead("Healthy Buyer", "healthy-" + ArticleFixtures.unique() + "@example.com");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(probe.handled(healthy)).isEqualTo(1);
			assertThat(deadLetterFor(poison)).isNotNull();
		});
		assertThat(probe.failures(poison)).isEqualTo(3);
		JsonNode dead = deadLetterFor(poison);
		assertThat(dead.get("attempts").asInt()).isEqualTo(3);
		assertThat(dead.get("lastError").asString()).contains("probe refuses poison lead");
		assertThat(salesMailsAbout(poison)).as("other consumers of the same event are unaffected").hasSize(1);
		Http admin = new Http(port).signIn(BroadsheetTest.ADMIN_EMAIL, BroadsheetTest.ADMIN_PASSWORD);
		assertThat(admin.get("/admin/dead-letters").html().select("tbody tr").text()).contains(ProbeConsumer.NAME,
				dead.get("eventId").asString(), "probe refuses poison lead");

		probe.heal();
		Http.Response replay = http.postJson(
				"/api/v1/admin/dead-letters/" + ProbeConsumer.NAME + "/" + dead.get("eventId").asString() + "/replay",
				"", "Authorization", TOKEN);
		assertThat(replay.status()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(probe.handled(poison)).isEqualTo(1));
		assertThat(deadLetterFor(poison)).isNull();
		assertThat(
				meters.counter("broadsheet.events.consumed", "consumer", ProbeConsumer.NAME, "outcome", "dead_lettered")
					.count())
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void theSameEventDeliveredTwiceHasOneSideEffect() {
		UUID lead = submitLead("Twice Buyer", "twice-" + ArticleFixtures.unique() + "@example.com");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(salesMailsAbout(lead)).hasSize(1);
			assertThat(probe.handled(lead)).isEqualTo(1);
		});
		// Deliver the very same event again to every consumer, as a broker redelivery
		// would.
		jdbc.sql(
				"""
						insert into event_delivery (consumer, event_id, type, payload, headers, occurred_at, next_attempt_at, status)
						select c.name, o.id, o.type, o.payload, o.headers, o.occurred_at, now(), 'PENDING'
						from outbox_event o, (values ('lead-sales-mail'), ('test-probe')) as c(name)
						where o.payload->>'leadId' = ?
						""")
			.param(lead.toString())
			.update();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc
				.sql("select count(*) from event_delivery where event_id = (select id from outbox_event"
						+ " where payload->>'leadId' = ?)")
				.param(lead.toString())
				.query(Long.class)
				.single() == 0);
		assertThat(salesMailsAbout(lead)).hasSize(1);
		assertThat(probe.handled(lead)).isEqualTo(1);
		assertThat(meters.counter("broadsheet.events.consumed", "consumer", "lead-sales-mail", "outcome", "duplicate")
			.count()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void articleLifecycleEventsReachWebhooksWithWhereTheArticleAppears() {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			register(receiver.url(), "a-secret-of-sixteen+", "article.published", "article.updated",
					"article.unpublished");
			ArticleFixtures fixtures = new ArticleFixtures(editor, taxonomy);
			Term category = fixtures.term(TermKind.CATEGORY, "Events");
			Term author = fixtures.term(TermKind.AUTHOR, "Event Author");
			ArticleView article = fixtures.publishedArticle().in(category.slug()).by(author.slug()).create();
			editor.update(article.id(), new com.broadsheet.content.ArticleDraft(article.title(), article.slug(), "New",
					article.bodyMarkdown(), category.slug(), author.slug(), List.of("fresh")));
			editor.unpublish(article.id());
			await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 3);
			List<String> types = receiver.received().stream().map(r -> r.header("Broadsheet-Event-Type")).toList();
			assertThat(types).containsExactlyInAnyOrder("article.published", "article.updated", "article.unpublished");
			JsonNode published = receiver.received()
				.stream()
				.filter(r -> r.header("Broadsheet-Event-Type").equals("article.published"))
				.map(r -> json.readTree(r.body()))
				.findFirst()
				.orElseThrow();
			assertThat(published.get("data").get("slug").asString()).isEqualTo(article.slug());
			assertThat(published.get("data").get("url").asString()).endsWith("/blog/" + article.slug());
			assertThat(published.get("data").get("category").asString()).isEqualTo(category.slug());
		}
	}

	@Test
	void aPublishPurgesEveryAffectedSurrogateKeyAtTheCdn() {
		ArticleFixtures fixtures = new ArticleFixtures(editor, taxonomy);
		Term category = fixtures.term(TermKind.CATEGORY, "Purge");
		Term author = fixtures.term(TermKind.AUTHOR, "Purge Author");
		ArticleView article = fixtures.publishedArticle()
			.in(category.slug())
			.by(author.slug())
			.withTags("cdn")
			.create();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					MessagingEnvironment.CDN.received().stream().map(WebhookReceiver.Received::path).toList())
				.contains("/purge/article-" + article.slug(), "/purge/category-" + category.slug(),
						"/purge/author-" + author.slug(), "/purge/tag-cdn", "/purge/list-index", "/purge/list-feeds"));
		WebhookReceiver.Received purge = MessagingEnvironment.CDN.received()
			.stream()
			.filter(r -> r.path().equals("/purge/article-" + article.slug()))
			.findFirst()
			.orElseThrow();
		assertThat(purge.method()).isEqualTo("POST");
		assertThat(purge.header("Fastly-Key")).isEqualTo("test-purge-key");
		assertThat(purge.header("Surrogate-Key")).isEqualTo("article-" + article.slug());
	}

	@Test
	void theOutboxDrainsAndReportsItsBacklog() {
		submitLead("Metrics Buyer", "metrics-" + ArticleFixtures.unique() + "@example.com");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> meters.get("broadsheet.outbox.backlog").gauge().value() == 0);
		assertThat(meters.get("broadsheet.outbox.oldest.age").gauge().value()).isZero();
		assertThat(meters.get("broadsheet.events.published").tag("type", "lead.created").counter().count())
			.isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select count(*) from outbox_event where published_at is null").query(Long.class).single())
			.isZero();
	}

	UUID submitLead(String name, String email) {
		Http.Response response = http.postJson("/api/v1/leads", """
				{"name": "%s", "email": "%s", "company": "Acme", "message": "We need a hand with our caching.",
				 "consent": true}
				""".formatted(name, email));
		assertThat(response.status()).isEqualTo(201);
		return UUID.fromString(json.readTree(response.body()).get("id").asString());
	}

	long register(String url, String secret, String... events) {
		Http.Response response = http.postJson("/api/v1/admin/webhooks",
				json.writeValueAsString(java.util.Map.of("url", url, "secret", secret, "events", List.of(events))),
				"Authorization", TOKEN);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body()).get("id").asLong();
	}

	JsonNode deliveries(long endpoint) {
		return json
			.readTree(http.get("/api/v1/admin/webhooks/" + endpoint + "/deliveries", "Authorization", TOKEN).body());
	}

	JsonNode deadLetterFor(UUID lead) {
		String eventId = jdbc.sql("select id::text from outbox_event where payload->>'leadId' = ?")
			.param(lead.toString())
			.query(String.class)
			.optional()
			.orElse(null);
		JsonNode all = json.readTree(http.get("/api/v1/admin/dead-letters", "Authorization", TOKEN).body());
		return all.valueStream().filter(d -> d.get("eventId").asString().equals(eventId)).findFirst().orElse(null);
	}

	static List<MimeMessage> salesMailsAbout(UUID lead) {
		return TestMail.to(MessagingEnvironment.SALES)
			.stream()
			.filter(message -> TestMail.body(message).contains(lead.toString()))
			.toList();
	}

}
