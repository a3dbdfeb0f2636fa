package com.broadsheet.webhooks;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.TestDns;
import com.broadsheet.support.WebhookReceiver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DNS rebinding, with the SSRF guard on (the default): a name that answers a public
 * address while it is checked, then an internal one, never gets a webhook to the internal
 * one. The names come from {@link TestDns}, which answers lookup by lookup as scripted.
 */
@BroadsheetTest
class WebhookRebindingTests {

	/**
	 * Public to the guard; a documentation prefix, so nothing on any network answers it.
	 */
	static final InetAddress PUBLIC = TestDns.address("2001:db8::7");

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
	 * The name is public for the registration and for the attempt's own check, internal
	 * only for a second lookup at connect time, which must not happen.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "::1", "127.0.0.9" })
	void anAttemptConnectsOnlyToTheAddressItChecked(String internal) {
		InetAddress inside = TestDns.address(internal);
		try (WebhookReceiver receiver = new WebhookReceiver(new InetSocketAddress(inside, 0))) {
			String host = TestDns.name(List.of(PUBLIC), List.of(inside), 2);
			long endpoint = scenario.register(receiver.url(host));
			scenario.postLead();

			await().atMost(Duration.ofSeconds(60))
				.until(() -> !receiver.received().isEmpty() || !scenario.attempts(endpoint).isEmpty());
			assertThat(TestDns.lookups(host)).as("registration and attempt each resolved the name afresh")
				.isGreaterThanOrEqualTo(2);
			assertThat(receiver.received()).as("nothing reached the internal address").isEmpty();
			JsonNode attempt = scenario.attempts(endpoint).getFirst();
			assertThat(attempt.get("statusCode").isNull()).isTrue();
			assertThat(attempt.get("error").asString()).doesNotContain(internal, inside.getHostAddress());
		}
	}

	/**
	 * Public when registered, internal by the time of the attempt: refused before any
	 * connection, and the log says so without naming the internal address.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "::1", "10.9.8.7", "64:ff9b::a09:807", "2002:a09:807::" })
	void aNameThatTurnsInternalIsRefusedWithoutSayingWhere(String internal) {
		InetAddress inside = TestDns.address(internal);
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			String host = TestDns.name(List.of(PUBLIC), List.of(inside), 1);
			long endpoint = scenario.register(receiver.url(host));
			scenario.postLead();

			await().atMost(Duration.ofSeconds(30)).until(() -> !scenario.attempts(endpoint).isEmpty());
			String error = scenario.attempts(endpoint).getFirst().get("error").asString();
			assertThat(error).contains("resolves to a loopback, private or link-local address")
				.doesNotContain(internal, inside.getHostAddress(), "10.9.8.7");
			assertThat(receiver.received()).isEmpty();
		}
	}

}
