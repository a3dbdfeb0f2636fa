package com.broadsheet.observability;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.broadsheet.support.AppProcess;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.Http;
import com.broadsheet.support.MessagingEnvironment;
import com.broadsheet.support.RunningApp;
import com.broadsheet.support.TestDatabases;
import com.broadsheet.support.TestMail;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged defaults: JSON log lines (ECS) with the instance id and trace ids, an
 * access log, and no personal data, even from a lead whose processing runs through the
 * outbox, the sales e-mail and the auto-reply.
 */
class LoggingTests {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void logsAreJsonWithTraceIdsAndNeverContainALeadsPersonalData() {
		String canary = "canary-" + ArticleFixtures.unique();
		String email = canary + "@pii-canary.example";
		String name = "Zebulon " + canary;
		Map<String, String> properties = RunningApp.on(TestDatabases.create(), "logging.structured.format.console",
				"ecs", "broadsheet.instance-id", "logging-test-7", "broadsheet.demo-content", "false");
		for (String setting : MessagingEnvironment.common()) {
			int equals = setting.indexOf('=');
			properties.put(setting.substring(0, equals), setting.substring(equals + 1));
		}
		// A process of its own: the log format is chosen once per JVM.
		String log;
		try (AppProcess app = AppProcess.start(properties)) {
			Http.Response created = app.http().postJson("/api/v1/leads", """
					{"name": "%s", "email": "%s", "company": "Canary Ltd", "message": "Reach me at %s", "consent": true}
					""".formatted(name, email, email));
			assertThat(created.status()).isEqualTo(201);
			// The sales notification and the auto-reply have both gone out.
			await().atMost(Duration.ofSeconds(30))
				.until(() -> TestMail.to(email).size() == 1 && TestMail.to(MessagingEnvironment.SALES)
					.stream()
					.anyMatch(mail -> TestMail.body(mail).contains(canary)));
			await().atMost(Duration.ofSeconds(10)).until(() -> app.log().contains("POST /api/v1/leads 201"));
			log = app.log();
		}

		List<JsonNode> lines = log.lines()
			.filter(line -> line.startsWith("{"))
			.map(line -> json.readTree(line))
			.toList();
		assertThat(lines).as("JSON lines on stdout").hasSizeGreaterThan(10);
		assertThat(lines).allSatisfy(line -> {
			assertThat(line.has("@timestamp")).isTrue();
			assertThat(line.path("log").path("level").isMissingNode() && line.path("log.level").isMissingNode())
				.isFalse();
		});
		JsonNode access = lines.stream()
			.filter(line -> text(line, "message").startsWith("POST /api/v1/leads 201 "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no access-log line for the lead"));
		assertThat(text(access, "service.node.name")).isEqualTo("logging-test-7");
		assertThat(text(access, "url.path")).isEqualTo("/api/v1/leads");
		assertThat(text(access, "traceId")).matches("[0-9a-f]{32}");
		assertThat(text(access, "spanId")).matches("[0-9a-f]{16}");
		assertThat(lines).as("other lines logged inside a span carry its trace too")
			.filteredOn(line -> line != access && !text(line, "traceId").isEmpty())
			.isNotEmpty()
			.allSatisfy(line -> assertThat(text(line, "traceId")).matches("[0-9a-f]{32}"));

		List<String> firstAdmin = lines.stream()
			.filter(line -> text(line, "log.logger").endsWith(".FirstAdmin"))
			.map(line -> text(line, "message"))
			.toList();
		assertThat(firstAdmin).as("the first admin's block: a JSON line a fact, the sign-in address as configured")
			.contains("  e-mail:   admin@broadsheet.local")
			.anySatisfy(message -> assertThat(message).matches("  password: \\S{20,}"))
			.allSatisfy(message -> assertThat(message).doesNotContain("\n"));
		assertThat(log).as("no e-mail address of a lead in any log line")
			.doesNotContain(email)
			.doesNotContain(canary + "@");
		assertThat(log).as("no lead name in any log line").doesNotContain(name);
	}

	/** A field, whether the format nests dotted names or not. */
	static String text(JsonNode line, String dotted) {
		JsonNode flat = line.get(dotted);
		if (flat != null) {
			return flat.asString();
		}
		JsonNode node = line;
		for (String part : dotted.split("\\.")) {
			node = node.path(part);
		}
		return node.isMissingNode() ? "" : node.asString();
	}

}
