package com.broadsheet.webhooks;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import com.broadsheet.identity.Accounts;
import com.broadsheet.identity.ApiTokens;
import com.broadsheet.identity.NewAccount;
import com.broadsheet.identity.Role;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import com.broadsheet.support.TestDns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering endpoints through the Admin API and the admin, with the SSRF guard on (the
 * default).
 */
@BroadsheetTest
class WebhookRegistrationTests {

	static final String TOKEN = Http.bearer(BroadsheetTest.API_TOKEN);

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/hooks", "http://localhost:8080/admin",
			"http://169.254.169.254/latest/meta-data", "http://10.0.0.5/", "http://192.168.1.1/", "http://[::1]/",
			"http://0.0.0.0/", "http://0x7f000001/", "http://[::ffff:127.0.0.1]/", "http://100.64.0.1/",
			"http://[::7f00:1]/", "http://[64:ff9b::a9fe:a9fe]/latest/meta-data", "http://[2002:7f00:1::1]/",
			"http://[2002:c0a8:101::]/" })
	void refusesTargetsOnLoopbackPrivateAndLinkLocalAddresses(String url) {
		Http.Response response = register(url, "a-secret-of-sixteen+", List.of("lead.created"));
		assertThat(response.status()).isEqualTo(422);
		JsonNode error = json.readTree(response.body()).get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("url");
		assertThat(error.get("message").asString()).containsAnyOf("loopback, private or link-local",
				"does not resolve");
	}

	/**
	 * The editor learns that the name is internal, not which internal address it has: the
	 * error names no address, in the Admin API and in the admin alike.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "10.20.30.40", "169.254.169.254", "::1", "fd00:ab::7", "64:ff9b::a14:1e28",
			"2002:a14:1e28::1", "::a14:1e28" })
	void refusesNamesThatResolveInternallyWithoutSayingWhere(String internal) {
		InetAddress address = TestDns.address(internal);
		String host = TestDns.name(address);
		Http.Response response = register("https://" + host + "/hooks", "a-secret-of-sixteen+",
				List.of("lead.created"));
		assertThat(response.status()).isEqualTo(422);
		String message = json.readTree(response.body()).get("errors").get(0).get("message").asString();
		assertThat(message).contains("resolves to a loopback, private or link-local address");
		assertThat(message).doesNotContain(address.getHostAddress(), internal, "10.20.30.40", "127.0.0.1");

		Http admin = new Http(port).signIn(BroadsheetTest.ADMIN_EMAIL, BroadsheetTest.ADMIN_PASSWORD);
		Http.Response form = admin.postForm("/admin/webhooks", Http.fields("_csrf", admin.csrf("/admin/webhooks"),
				"url", "https://" + host + "/hooks", "secret", "a-secret-of-sixteen+", "events", "lead.created"));
		assertThat(form.status()).isEqualTo(422);
		assertThat(form.html().selectFirst("#url-error").text()).contains("loopback, private or link-local")
			.doesNotContain(address.getHostAddress(), internal, "10.20.30.40", "127.0.0.1");
	}

	@Test
	void refusesOtherSchemesUnknownEventsAndShortSecrets() {
		Http.Response response = register("ftp://example.com/", "short", List.of("lead.deleted"));
		assertThat(response.status()).isEqualTo(422);
		assertThat(json.readTree(response.body()).get("errors").valueStream().map(e -> e.get("field").asString()))
			.contains("url", "secret", "events");
	}

	@Test
	void webhooksNeedAnEditorOrAdminToken() {
		assertThat(http.get("/api/v1/admin/webhooks").status()).isEqualTo(401);
		var author = accounts.create(new NewAccount("hooks-author-" + ArticleFixtures.unique() + "@example.test",
				"Hook Author", "a long enough password", Role.AUTHOR, "maya-lindqvist"));
		String token = Http.bearer(tokens.issue(author.id(), "author").secret());
		assertThat(http.get("/api/v1/admin/webhooks", "Authorization", token).status()).isEqualTo(403);
		assertThat(http.get("/api/v1/admin/dead-letters", "Authorization", token).status()).isEqualTo(403);
	}

	@Test
	void theAdminShowsTheSameClearErrorInline() {
		Http admin = new Http(port).signIn(BroadsheetTest.ADMIN_EMAIL, BroadsheetTest.ADMIN_PASSWORD);
		Map<String, String> form = Http.fields("_csrf", admin.csrf("/admin/webhooks"), "url",
				"http://169.254.169.254/latest", "secret", "a-secret-of-sixteen+", "events", "lead.created");
		Http.Response response = admin.postForm("/admin/webhooks", form);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.html().selectFirst("#url-error").text()).contains("link-local");
	}

	private Http.Response register(String url, String secret, List<String> events) {
		return http.postJson("/api/v1/admin/webhooks",
				json.writeValueAsString(Map.of("url", url, "secret", secret, "events", events)), "Authorization",
				TOKEN);
	}

}
