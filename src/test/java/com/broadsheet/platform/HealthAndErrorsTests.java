package com.broadsheet.platform;

import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@BroadsheetTest
class HealthAndErrorsTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void healthHasLivenessAndReadinessGroups() {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			Http.Response response = http.get(path);
			assertThat(response.status()).as(path).isEqualTo(200);
			assertThat(json.readTree(response.body()).get("status").asString()).as(path).isEqualTo("UP");
		}
	}

	@Autowired
	ApplicationContext context;

	@Test
	void anInstanceThatRefusesTrafficAnswers503OnItsReadinessProbes() {
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		try {
			for (String path : new String[] { "/readyz", "/actuator/health/readiness" }) {
				Http.Response response = http.get(path);
				assertThat(response.status()).as(path).isEqualTo(503);
				assertThat(json.readTree(response.body()).get("status").asString()).isEqualTo("OUT_OF_SERVICE");
			}
			assertThat(http.get("/livez").status()).as("still alive").isEqualTo(200);
		}
		finally {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		assertThat(http.get("/readyz").status()).isEqualTo(200);
	}

	@Test
	void everyApiErrorIsProblemJson() {
		assertProblem(http.get("/api/v1/no-such-endpoint"), 404);
		assertProblem(http.delete("/api/v1/articles"), 405);
		assertProblem(http.postJson("/api/v1/leads", "[]"), 400);
		assertProblem(http.get("/api/v1/articles", "Accept", "application/xml"), 406);
	}

	@Test
	void publicPagesCarryNoSessionCookie() {
		assertThat(http.get("/").header("Set-Cookie")).isNull();
		assertThat(http.get("/api/v1/articles").header("Set-Cookie")).isNull();
		assertThat(http.get("/contact").header("Set-Cookie")).isNull();
	}

	private void assertProblem(Http.Response response, int status) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(status);
	}

}
