package com.broadsheet.webhooks;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

import com.broadsheet.support.LocalEventsTest;
import com.broadsheet.support.StallingReceiver;
import com.broadsheet.support.StallingReceiver.Behaviour;
import com.broadsheet.support.TestDns;
import com.broadsheet.support.WebhookReceiver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What one attempt may cost: it goes to the address that was checked, ends by the
 * deadline ({@code broadsheet.webhooks.timeout}) whatever the receiver does, reads no
 * more than the start of a response body, and never holds up another endpoint. Internal
 * receivers are allowed here (they are all on loopback).
 */
@LocalEventsTest
@TestPropertySource(properties = "broadsheet.webhooks.timeout=5s")
class WebhookAttemptTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	WebhookScenario scenario;

	@BeforeEach
	void setUp() {
		scenario = new WebhookScenario(port, json);
	}

	/**
	 * The name answers 127.0.0.1 to the registration and to the attempt's check, then
	 * 127.0.0.2: the webhook still arrives at 127.0.0.1, for the name it was sent to.
	 */
	@Test
	void sendsToTheCheckedAddressUnderTheOriginalHostName() {
		InetAddress checked = TestDns.address("127.0.0.1");
		InetAddress later = TestDns.address("127.0.0.2");
		try (WebhookReceiver receiver = new WebhookReceiver();
				WebhookReceiver impostor = new WebhookReceiver(new InetSocketAddress(later, receiver.port()))) {
			String host = TestDns.name(List.of(checked), List.of(later), 2);
			long endpoint = scenario.register(receiver.url(host));
			scenario.postLead();

			await().atMost(Duration.ofSeconds(30))
				.until(() -> !receiver.received().isEmpty() || !impostor.received().isEmpty());
			assertThat(TestDns.lookups(host)).isGreaterThanOrEqualTo(2);
			assertThat(impostor.received()).as("nothing went to the address the name turned to").isEmpty();
			assertThat(receiver.received()).singleElement()
				.satisfies(received -> assertThat(received.header("Host")).isEqualTo(host + ":" + receiver.port()));
			await().atMost(Duration.ofSeconds(10))
				.until(() -> scenario.deliveries(endpoint).getFirst().get("status").asString().equals("DELIVERED"));
		}
	}

	/**
	 * A receiver that stalls (trickles its body, or never answers) keeps its own attempt
	 * busy until the deadline, and no longer: another endpoint's delivery, made after the
	 * stall began, arrives while the stalled attempt is still open.
	 */
	@ParameterizedTest
	@EnumSource(value = Behaviour.class, names = { "TRICKLE", "SILENT" })
	void aStalledReceiverHoldsUpNoOtherEndpoint(Behaviour behaviour) {
		try (StallingReceiver stalled = new StallingReceiver(behaviour);
				WebhookReceiver healthy = new WebhookReceiver()) {
			long stalledEndpoint = scenario.register(stalled.url());
			scenario.postLead();
			await().atMost(Duration.ofSeconds(30)).until(() -> stalled.requests() == 1);

			long healthyEndpoint = scenario.register(healthy.url());
			scenario.postLead();
			await().atMost(Duration.ofSeconds(30)).until(() -> healthy.received().size() == 1);
			assertThat(scenario.attempts(stalledEndpoint)).as("the stalled attempt is still open").isEmpty();

			await().atMost(Duration.ofSeconds(30)).until(() -> !scenario.attempts(stalledEndpoint).isEmpty());
			JsonNode attempt = scenario.attempts(stalledEndpoint).getFirst();
			assertThat(attempt.get("error").asString()).isEqualTo("timed out after 5s");
			assertThat(attempt.get("statusCode").isNull()).as("an attempt cut at the deadline is a failure").isTrue();
			assertThat(scenario.deliveries(stalledEndpoint).getLast().get("status").asString()).isEqualTo("PENDING");
			await().atMost(Duration.ofSeconds(10)).until(() -> stalled.dropped() >= 1);
			assertThat(scenario.deliveries(healthyEndpoint).getFirst().get("status").asString()).isEqualTo("DELIVERED");
		}
	}

	/**
	 * A backlog for one stalled endpoint occupies only that endpoint's lane: no more than
	 * {@link EndpointLanes#PER_ENDPOINT} of its attempts run at once, and the rest wait
	 * their turn.
	 */
	@Test
	void anEndpointRunsNoMoreThanItsShareOfAttemptsAtOnce() {
		try (StallingReceiver stalled = new StallingReceiver(Behaviour.SILENT)) {
			long endpoint = scenario.register(stalled.url());
			int leads = EndpointLanes.PER_ENDPOINT + 2;
			for (int i = 0; i < leads; i++) {
				scenario.postLead();
			}
			await().atMost(Duration.ofSeconds(60))
				.until(() -> scenario.deliveries(endpoint).size() == leads
						&& scenario.deliveries(endpoint).stream().allMatch(delivery -> !delivery.get("log").isEmpty()));
			assertThat(stalled.peak()).isEqualTo(EndpointLanes.PER_ENDPOINT);
		}
	}

	/**
	 * A 2xx whose body never ends is a delivery: the start of the body is read, the rest
	 * is dropped with the connection.
	 */
	@Test
	void anEndlessResponseBodyIsCutAfterItsStart() {
		try (StallingReceiver endless = new StallingReceiver(Behaviour.ENDLESS)) {
			long endpoint = scenario.register(endless.url());
			scenario.postLead();

			await().atMost(Duration.ofSeconds(30)).until(() -> !scenario.attempts(endpoint).isEmpty());
			JsonNode attempt = scenario.attempts(endpoint).getFirst();
			assertThat(attempt.get("statusCode").asInt()).isEqualTo(200);
			assertThat(attempt.get("error").isNull()).as(attempt.toString()).isTrue();
			assertThat(scenario.deliveries(endpoint).getFirst().get("status").asString()).isEqualTo("DELIVERED");
			await().atMost(Duration.ofSeconds(10)).until(() -> endless.dropped() >= 1);
		}
	}

}
