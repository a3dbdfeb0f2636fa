package com.broadsheet.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.broadsheet.support.Http;
import com.broadsheet.support.MessagingEnvironment;
import com.broadsheet.support.TestDatabases;
import com.broadsheet.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Visitors reach an instance of the packaged jar the way the deployment kit puts it:
 * through the nginx edge ({@code deploy/nginx-edge.conf}, plain and TLS listeners) and
 * HAProxy ({@code deploy/haproxy.cfg}, started by {@code scripts/cluster}), each visitor
 * connecting from an address of its own on the loopback network (127.0.0.2, 127.0.0.3,
 * ...), so the application must find the real client in the forwarded chain. Every test
 * uses visitors of its own: the limits they run into last for the whole run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealClientTests {

	static final String EDITOR = "editor@real-client.test";

	static final String PASSWORD = "real client test password";

	final String namespace = "bs-test-" + UUID.randomUUID().toString().substring(0, 8);

	TestRedis redis;

	Cluster cluster;

	Edge edge;

	@BeforeAll
	void startTheKit() throws IOException {
		redis = new TestRedis();
		String url = TestDatabases.create();
		cluster = Cluster.start(1, Map.ofEntries(Map.entry("SPRING_DATASOURCE_URL", url),
				Map.entry("SPRING_DATASOURCE_USERNAME", TestDatabases.user()),
				Map.entry("BROADSHEET_ADMIN_EMAIL", EDITOR), Map.entry("BROADSHEET_ADMIN_PASSWORD", PASSWORD),
				Map.entry("BROADSHEET_DEMO_CONTENT", "false"), Map.entry("BROADSHEET_REDIS_KEY_PREFIX", redis.prefix()),
				Map.entry("BROADSHEET_EVENTS_NAMESPACE", namespace),
				// The default five leads, in a window no test outlives.
				Map.entry("BROADSHEET_RATELIMITS_LEADS_PER", "1h")));
		edge = Edge.startWithTls(cluster.balancerPort());
		await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.until(() -> edge.http().get("/readyz").status() == 200
					&& edge.https(address("127.0.0.1")).get("/readyz").status() == 200);
	}

	@AfterAll
	void stopTheKit() throws Exception {
		try {
			if (edge != null) {
				edge.close();
			}
		}
		finally {
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
	}

	@Test
	void fiveLeadsExhaustOneVisitorsLimitAndLeaveTheirNeighbourFree() {
		Http visitor = edge.http(address("127.0.0.2"));
		Http neighbour = edge.http(address("127.0.0.3"));
		for (int i = 0; i < 5; i++) {
			assertThat(lead(visitor).status()).as("lead %d from 127.0.0.2", i + 1).isEqualTo(201);
		}
		Http.Response sixth = lead(visitor);
		assertThat(sixth.status()).as("the sixth from 127.0.0.2").isEqualTo(429);
		assertThat(sixth.header("Retry-After")).isNotNull();
		assertThat(lead(neighbour).status()).as("127.0.0.3, behind the same edge and balancer").isEqualTo(201);
	}

	@Test
	void aForgedForwardedForCountsAgainstTheSendersRealAddress() {
		Http forger = edge.http(address("127.0.0.4"));
		for (int i = 0; i < 5; i++) {
			assertThat(lead(forger, "X-Forwarded-For", "1.2.3.4").status()).isEqualTo(201);
		}
		assertThat(lead(forger, "X-Forwarded-For", "5.6.7.8").status())
			.as("127.0.0.4 used up its own limit, whatever it claims to be")
			.isEqualTo(429);
		assertThat(lead(forger).status()).isEqualTo(429);
		assertThat(lead(edge.http(address("127.0.0.5")), "X-Forwarded-For", "1.2.3.4").status())
			.as("1.2.3.4 was never counted")
			.isEqualTo(201);
	}

	@Test
	void twentyFailedSignInsLockOutTheGuessersAddressAndNotTheEditor() {
		Http guesser = edge.http(address("127.0.0.6"));
		for (int i = 0; i < 20; i++) {
			// A different account each time (five failures lock an account), and a
			// different forged address.
			Http.Response failed = signIn(guesser, "nobody" + i + "@real-client.test", "wrong password",
					"X-Forwarded-For", "198.51.100." + i);
			assertThat(failed.header("Location")).as("attempt %d", i + 1).endsWith("/login?error");
		}
		assertThat(signIn(guesser, EDITOR, PASSWORD).header("Location"))
			.as("127.0.0.6 is locked out, right password or not")
			.endsWith("/login?throttled");

		Http editor = edge.http(address("127.0.0.7"));
		Http.Response signedIn = signIn(editor, EDITOR, PASSWORD);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).doesNotContain("error").doesNotContain("throttled");
		assertThat(editor.get("/admin").status()).isEqualTo(200);
	}

	@Test
	void overTheTlsListenerTheSessionCookieIsSecureAndHstsIsSent() {
		Http reader = edge.https(address("127.0.0.8"));
		assertThat(reader.get("/").header("Strict-Transport-Security")).startsWith("max-age=");
		Http.Response signedIn = signIn(reader, EDITOR, PASSWORD);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).as("back to the TLS listener, port included")
			.startsWith(edge.tlsUrl() + "/");
		assertThat(signedIn.header("Strict-Transport-Security")).startsWith("max-age=");
		assertThat(sessionCookie(signedIn)).contains("; Secure").contains("; HttpOnly");
		assertThat(reader.get("/admin").status()).as("the Secure cookie works over TLS").isEqualTo(200);

		Http plain = edge.http(address("127.0.0.8"));
		assertThat(plain.get("/").header("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
		Http.Response plainSignIn = signIn(plain, EDITOR, PASSWORD);
		assertThat(plainSignIn.header("Location")).startsWith(edge.url() + "/");
		assertThat(sessionCookie(plainSignIn)).doesNotContain("Secure");
	}

	@Test
	void aClientThatSkipsTheEdgeChoosesNeitherItsAddressNorItsProtocol() {
		Http direct = new Http(cluster.balancerUrl(), address("127.0.0.9"), null);
		for (int i = 0; i < 5; i++) {
			Http.Response accepted = lead(direct, "X-Forwarded-For", "203.0.113." + i, "X-Forwarded-Proto", "https");
			assertThat(accepted.status()).isEqualTo(201);
			assertThat(accepted.header("Strict-Transport-Security")).as("not https because it says so").isNull();
		}
		assertThat(lead(direct, "X-Forwarded-For", "203.0.113.99").status())
			.as("the balancer counted 127.0.0.9, not the addresses it claimed")
			.isEqualTo(429);
	}

	private static Http.Response lead(Http visitor, String... headers) {
		String email = "lead-" + UUID.randomUUID().toString().substring(0, 8) + "@real-client.test";
		return visitor.postJson("/api/v1/leads", """
				{"name": "Real Client", "email": "%s", "message": "Let's talk.", "consent": true}
				""".formatted(email), headers);
	}

	/** The sign-in form, posted like a browser does; the answer, not followed. */
	private static Http.Response signIn(Http browser, String email, String password, String... headers) {
		String csrf = browser.get("/login", headers).html().selectFirst("input[name=_csrf]").val();
		return browser.postForm("/login", Map.of("username", email, "password", password, "_csrf", csrf), headers);
	}

	private static String sessionCookie(Http.Response response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
	}

	private static InetAddress address(String loopback) {
		try {
			return InetAddress.getByName(loopback);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
