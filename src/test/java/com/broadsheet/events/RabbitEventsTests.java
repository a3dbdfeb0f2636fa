package com.broadsheet.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import com.broadsheet.support.MessagingEnvironment;
import com.broadsheet.support.ProbeConsumer;
import com.broadsheet.support.RabbitEventsTest;
import com.broadsheet.support.TestMail;
import com.broadsheet.support.TestRabbit;
import com.broadsheet.support.WebhookReceiver;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event backbone on the machine's RabbitMQ, reached through a proxy this test can
 * cut; every exchange and queue lives in a namespace of its own.
 */
@RabbitEventsTest
class RabbitEventsTests {

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
	EventsProperties properties;

	@Autowired
	RabbitNames names;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void declaresADurableTopologyOfItsOwn() {
		assertThat(properties.usesRabbit()).isTrue();
		CachingConnectionFactory direct = TestRabbit.connections();
		try {
			RabbitAdmin admin = new RabbitAdmin(direct);
			for (String queue : List.of(names.queue("lead-sales-mail"), names.queue("webhooks"),
					names.deadLetterQueue("lead-sales-mail"), names.delayQueue(Duration.ofMillis(100)))) {
				assertThat(admin.getQueueInfo(queue)).as(queue).isNotNull();
			}
		}
		finally {
			direct.destroy();
		}
	}

	@Test
	void aLeadReachesSalesAndAWebhookThroughRabbitMq() {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			register(receiver.url());
			UUID lead = submitLead("Rabbit Buyer", "rabbit-" + ArticleFixtures.unique() + "@example.com");
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				assertThat(salesMailsAbout(Set.of(lead))).hasSize(1);
				assertThat(receiver.received()).hasSize(1);
			});
			assertThat(json.readTree(receiver.received().getFirst().body()).get("data").get("id").asString())
				.isEqualTo(lead.toString());
		}
	}

	@Test
	void leadsTakenWhileTheBrokerIsUnreachableAreAllNotifiedExactlyOnceAfterwards() throws Exception {
		Set<UUID> leads;
		MessagingEnvironment.rabbitProxy().cut();
		try {
			ExecutorService clients = Executors.newFixedThreadPool(8);
			List<Future<Http.Response>> responses = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				String email = "outage-" + i + "-" + ArticleFixtures.unique() + "@example.com";
				responses.add(clients.submit(() -> http.postJson("/api/v1/leads", leadJson("Outage " + email, email))));
			}
			leads = new java.util.HashSet<>();
			for (Future<Http.Response> response : responses) {
				assertThat(response.get().status()).isEqualTo(201);
				leads.add(UUID.fromString(json.readTree(response.get().body()).get("id").asString()));
			}
			clients.shutdown();
			assertThat(leads).hasSize(200);
			assertThat(unpublished()).as("events wait in the outbox").isGreaterThanOrEqualTo(200);
			assertThat(salesMailsAbout(leads)).isEmpty();
			// Health: the broker shows as degraded; the instance stays live and ready.
			Http.Response health = http.get("/actuator/health");
			assertThat(health.status()).isEqualTo(200);
			assertThat(json.readTree(health.body()).get("status").asString()).isEqualTo("DEGRADED");
			assertThat(json.readTree(health.body()).get("components").get("rabbit").get("status").asString())
				.isEqualTo("DEGRADED");
			assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
			assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
		}
		finally {
			MessagingEnvironment.rabbitProxy().restore();
		}
		await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(salesMailsAbout(leads)).hasSize(200));
		await().atMost(Duration.ofSeconds(30)).until(() -> unpublished() == 0 && queueDepth("lead-sales-mail") == 0);
		List<MimeMessage> mails = salesMailsAbout(leads);
		assertThat(mails).hasSize(200);
		assertThat(mails.stream().map(TestMail::body).map(RabbitEventsTests::leadIdIn).collect(Collectors.toSet()))
			.isEqualTo(leads);
	}

	@Test
	void aPoisonMessageLandsInTheDeadLetterQueueAfterMaxAttemptsWhileOthersFlow() {
		UUID poison = submitLead("poison pill", "poison-" + ArticleFixtures.unique() + "@example.com");
		List<UUID> healthy = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			healthy.add(submitLead("Healthy " + i, "healthy-" + i + "-" + ArticleFixtures.unique() + "@example.com"));
		}
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(healthy).allSatisfy(lead -> assertThat(probe.handled(lead)).isEqualTo(1));
			assertThat(queueDepth(ProbeConsumer.NAME + ".dlq")).isEqualTo(1);
		});
		assertThat(probe.failures(poison)).isEqualTo(3);
		JsonNode dead = json.readTree(http.get("/api/v1/admin/dead-letters", "Authorization", TOKEN).body());
		JsonNode letter = dead.valueStream()
			.filter(d -> d.get("consumer").asString().equals(ProbeConsumer.NAME))
			.findFirst()
			.orElseThrow();
		assertThat(letter.get("attempts").asInt()).isEqualTo(3);
		assertThat(letter.get("lastError").asString()).contains("probe refuses poison lead");
		assertThat(queueDepth(ProbeConsumer.NAME + ".dlq")).as("listing does not consume").isEqualTo(1);

		probe.heal();
		assertThat(http
			.postJson("/api/v1/admin/dead-letters/" + ProbeConsumer.NAME + "/" + letter.get("eventId").asString()
					+ "/replay", "", "Authorization", TOKEN)
			.status()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(probe.handled(poison)).isEqualTo(1));
		assertThat(queueDepth(ProbeConsumer.NAME + ".dlq")).isZero();
	}

	@Test
	void theSameMessageDeliveredTwiceHasOneSideEffect() {
		UUID lead = submitLead("Twice Buyer", "twice-" + ArticleFixtures.unique() + "@example.com");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(salesMailsAbout(Set.of(lead))).hasSize(1);
			assertThat(probe.handled(lead)).isEqualTo(1);
		});
		// Publish the very same message again, as a redelivery by the broker would bring
		// it.
		var stored = jdbc
			.sql("select id, type, payload::text, occurred_at from outbox_event where payload->>'leadId' = ?")
			.param(lead.toString())
			.query((rs, row) -> new Envelope(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getTimestamp(4).toInstant(), rs.getString(3), Map.of()))
			.single();
		CachingConnectionFactory direct = TestRabbit.connections();
		try {
			RabbitTemplate template = new RabbitTemplate(direct);
			Message copy = RabbitMessages.message(stored, 0);
			template.send("", names.queue("lead-sales-mail"), copy);
			template.send("", names.queue(ProbeConsumer.NAME), copy);
		}
		finally {
			direct.destroy();
		}
		await().atMost(Duration.ofSeconds(20))
			.until(() -> queueDepth("lead-sales-mail") == 0 && queueDepth(ProbeConsumer.NAME) == 0);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> jdbc.sql("select count(*) from consumed_event where event_id = ? and status = 'DONE'")
				.param(stored.id())
				.query(Long.class)
				.single() >= 3);
		assertThat(salesMailsAbout(Set.of(lead))).hasSize(1);
		assertThat(probe.handled(lead)).isEqualTo(1);
	}

	UUID submitLead(String name, String email) {
		Http.Response response = http.postJson("/api/v1/leads", leadJson(name, email));
		assertThat(response.status()).isEqualTo(201);
		return UUID.fromString(json.readTree(response.body()).get("id").asString());
	}

	static String leadJson(String name, String email) {
		return """
				{"name": "%s", "email": "%s", "company": "Acme", "message": "Hello", "consent": true}
				""".formatted(name, email);
	}

	void register(String url) {
		Http.Response response = http.postJson("/api/v1/admin/webhooks",
				json.writeValueAsString(
						Map.of("url", url, "secret", "a-secret-of-sixteen+", "events", List.of("lead.created"))),
				"Authorization", TOKEN);
		assertThat(response.status()).isEqualTo(201);
	}

	long unpublished() {
		return jdbc.sql("select count(*) from outbox_event where published_at is null").query(Long.class).single();
	}

	int queueDepth(String consumerQueue) {
		CachingConnectionFactory direct = TestRabbit.connections();
		try {
			var info = new RabbitAdmin(direct).getQueueInfo(properties.namespace() + "." + consumerQueue);
			return info == null ? -1 : (int) info.getMessageCount();
		}
		finally {
			direct.destroy();
		}
	}

	static List<MimeMessage> salesMailsAbout(Set<UUID> leads) {
		return TestMail.to(MessagingEnvironment.SALES)
			.stream()
			.filter(message -> leads.contains(leadIdIn(TestMail.body(message))))
			.toList();
	}

	static UUID leadIdIn(String body) {
		var matcher = java.util.regex.Pattern.compile("/admin/leads/([0-9a-f-]{36})").matcher(body);
		return matcher.find() ? UUID.fromString(matcher.group(1)) : null;
	}

}
