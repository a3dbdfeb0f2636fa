package com.broadsheet.webhooks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLContext;

import com.broadsheet.support.StallingReceiver;
import com.broadsheet.support.StallingReceiver.Behaviour;
import com.broadsheet.support.TestTls;
import com.broadsheet.support.WebhookReceiver;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * One attempt on the wire: the connection goes to the pinned address while the request
 * and TLS speak the URL's host name; the deadline covers the whole exchange; the body is
 * read only up to its cap. Reasons for failure never name an address. Host names here end
 * in {@code .test} or {@code .invalid} and resolve nowhere: a request that arrives proves
 * the client did not look the name up.
 */
@Timeout(120) // a hang guard only: every attempt here ends by its deadline
class WebhookClientTests {

	static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	static final TestTls TLS = TestTls.forName("hooks.tls.test");

	static HttpsServer https;

	static final List<String> httpsHosts = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void startHttps() throws IOException {
		https = HttpsServer.create(new InetSocketAddress(LOOPBACK, 0), 10);
		https.setHttpsConfigurator(new HttpsConfigurator(TLS.server()));
		https.createContext("/", exchange -> {
			httpsHosts.add(exchange.getRequestHeaders().getFirst("Host"));
			exchange.getRequestBody().readAllBytes();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		https.start();
	}

	@AfterAll
	static void stopHttps() {
		https.stop(0);
	}

	@Test
	void connectsToThePinnedAddressAndSendsTheHostName() {
		try (WebhookReceiver receiver = new WebhookReceiver(); WebhookClient client = client(TLS.trusting())) {
			URI url = URI.create(receiver.url("receiver.invalid"));
			assertThat(client.post(pinned(url), Map.of("X-Test", "1"), "{}")).isEqualTo(200);
			assertThat(receiver.received()).singleElement().satisfies(received -> {
				assertThat(received.header("Host")).isEqualTo("receiver.invalid:" + receiver.port());
				assertThat(received.header("X-Test")).isEqualTo("1");
				assertThat(received.header("Content-Type")).isEqualTo("application/json");
				assertThat(received.body()).isEqualTo("{}");
			});
		}
	}

	@Test
	void verifiesTheCertificateAgainstTheHostNameNotTheAddress() {
		try (WebhookClient client = client(TLS.trusting())) {
			URI url = URI.create("https://hooks.tls.test:" + https.getAddress().getPort() + "/hooks");
			assertThat(client.post(pinned(url), Map.of(), "{}")).isEqualTo(204);
			assertThat(httpsHosts).contains("hooks.tls.test:" + https.getAddress().getPort());
		}
	}

	@Test
	void refusesACertificateIssuedForAnotherName() {
		try (WebhookClient client = client(TLS.trusting())) {
			URI url = URI.create("https://other.tls.test:" + https.getAddress().getPort() + "/hooks");
			assertThatThrownBy(() -> client.post(pinned(url), Map.of(), "{}"))
				.isInstanceOf(WebhookClient.AttemptFailed.class)
				.hasMessageStartingWith("TLS handshake failed")
				.hasMessageNotContaining("127.0.0.1");
		}
	}

	@Test
	void refusesACertificateNobodyTrusts() throws NoSuchAlgorithmException {
		try (WebhookClient client = client(SSLContext.getDefault())) {
			URI url = URI.create("https://hooks.tls.test:" + https.getAddress().getPort() + "/hooks");
			assertThatThrownBy(() -> client.post(pinned(url), Map.of(), "{}"))
				.isInstanceOf(WebhookClient.AttemptFailed.class)
				.hasMessageStartingWith("TLS handshake failed");
		}
	}

	@ParameterizedTest
	@EnumSource(value = Behaviour.class, names = { "TRICKLE", "SILENT" })
	void aStalledExchangeEndsAtTheDeadline(Behaviour behaviour) {
		try (StallingReceiver stalled = new StallingReceiver(behaviour);
				WebhookClient client = new WebhookClient(Duration.ofSeconds(1), TLS.trusting())) {
			assertThatThrownBy(() -> client.post(pinned(URI.create(stalled.url())), Map.of(), "{}"))
				.isInstanceOf(WebhookClient.AttemptFailed.class)
				.hasMessage("timed out after 1s");
			assertThat(stalled.requests()).isEqualTo(1);
		}
	}

	@Test
	void anEndlessBodyIsReadOnlyUpToTheCap() {
		try (StallingReceiver endless = new StallingReceiver(Behaviour.ENDLESS);
				WebhookClient client = client(TLS.trusting())) {
			assertThat(client.post(pinned(URI.create(endless.url())), Map.of(), "{}")).isEqualTo(200);
			await().atMost(Duration.ofSeconds(10)).until(() -> endless.dropped() == 1);
		}
	}

	@Test
	void aRefusedConnectionIsReportedWithoutTheAddress() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
			closed = socket.getLocalPort();
		}
		try (WebhookClient client = client(TLS.trusting())) {
			URI url = URI.create("http://gone.invalid:" + closed + "/hooks");
			assertThatThrownBy(() -> client.post(pinned(url), Map.of(), "{}"))
				.isInstanceOf(WebhookClient.AttemptFailed.class)
				.hasMessage("could not connect")
				.hasMessageNotContaining("127.0.0.1");
		}
	}

	/** A deadline far beyond what these exchanges need, even on a cold JVM. */
	static WebhookClient client(SSLContext tls) {
		return new WebhookClient(Duration.ofSeconds(20), tls);
	}

	static TargetGuard.Target pinned(URI url) {
		return new TargetGuard.Target(url, LOOPBACK);
	}

}
