package com.broadsheet.observability;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import com.broadsheet.support.RabbitEventsTest;
import com.broadsheet.support.WebhookReceiver;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One lead, one trace: the HTTP request, its database calls, the outbox, the publish to
 * RabbitMQ, the consumer on the other side, and the webhook it sends, linked parent to
 * child, captured by an in-memory span exporter.
 */
@RabbitEventsTest
@Import(TracingTests.InMemorySpans.class)
class TracingTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class InMemorySpans {

		@Bean
		InMemorySpanExporter inMemorySpanExporter() {
			return InMemorySpanExporter.create();
		}

		@Bean
		SpanProcessor inMemorySpanProcessor(InMemorySpanExporter exporter) {
			return SimpleSpanProcessor.create(exporter);
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	InMemorySpanExporter spans;

	@Test
	void aLeadSubmissionIsOneTraceFromTheRequestToTheWebhook() {
		Http http = new Http(port);
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			assertThat(http
				.postJson("/api/v1/admin/webhooks",
						json.writeValueAsString(Map.of("url", receiver.url(), "secret", "a-secret-of-sixteen+",
								"events", List.of("lead.created"))),
						"Authorization", Http.bearer(BroadsheetTest.API_TOKEN))
				.status()).isEqualTo(201);
			String email = "traced-" + ArticleFixtures.unique() + "@example.com";
			assertThat(http.postJson("/api/v1/leads", """
					{"name": "Tracy Trace", "email": "%s", "message": "Follow me", "consent": true}
					""".formatted(email)).status()).isEqualTo(201);
			await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);

			SpanData request = await().atMost(Duration.ofSeconds(10))
				.until(() -> find(s -> s.getKind() == SpanKind.SERVER && s.getName().contains("/api/v1/leads")),
						Optional::isPresent)
				.orElseThrow();
			String trace = request.getTraceId();
			await().atMost(Duration.ofSeconds(20))
				.until(() -> find(s -> s.getTraceId().equals(trace) && s.getName().startsWith("deliver webhook"))
					.isPresent());
			Map<String, SpanData> inTrace = spans.getFinishedSpanItems()
				.stream()
				.filter(s -> s.getTraceId().equals(trace))
				.collect(Collectors.toMap(SpanData::getSpanId, Function.identity(), (a, b) -> a));

			SpanData record = named(inTrace, "outbox record lead.created");
			SpanData publish = named(inTrace, "publish lead.created");
			SpanData send = named(inTrace, "send lead.created");
			SpanData consume = named(inTrace, "consume lead.created by webhooks");
			SpanData deliver = named(inTrace, "deliver webhook lead.created");
			assertThat(inTrace.values()).as("database calls of the request")
				.anySatisfy(s -> assertThat(isDescendant(inTrace, s, request) && s.getName().equals("query")).isTrue());
			assertThat(isDescendant(inTrace, record, request)).as("outbox record under the request").isTrue();
			assertThat(publish.getParentSpanId()).as("relay continues the recorded trace")
				.isEqualTo(record.getSpanId());
			assertThat(send.getParentSpanId()).isEqualTo(publish.getSpanId());
			assertThat(consume.getParentSpanId()).as("consumer continues from the message headers")
				.isEqualTo(send.getSpanId());
			assertThat(consume.getKind()).isEqualTo(SpanKind.CONSUMER);
			assertThat(isDescendant(inTrace, deliver, consume)).as("the webhook under the consumer").isTrue();
			assertThat(receiver.received().getFirst().header("traceparent")).as("the receiver can join the trace")
				.contains(trace);
		}
	}

	/**
	 * Trace context sent by a client is not continued: the request starts a trace of its
	 * own and keeps the client's only as a link, so an anonymous client can neither put
	 * its trace id on the webhook it causes, nor switch sampling off, nor pass baggage
	 * on.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "01", "00" })
	void aClientsTraceContextIsLinkedNotContinued(String sampled) {
		String clientTrace = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 16);
		String clientSpan = "00f067aa0ba902b7";
		Http http = new Http(port);
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			assertThat(http
				.postJson("/api/v1/admin/webhooks",
						json.writeValueAsString(Map.of("url", receiver.url(), "secret", "a-secret-of-sixteen+",
								"events", List.of("lead.created"))),
						"Authorization", Http.bearer(BroadsheetTest.API_TOKEN))
				.status()).isEqualTo(201);
			assertThat(http
				.postJson("/api/v1/leads", """
						{"name": "Mallory", "email": "%s@example.com", "message": "Join me", "consent": true}
						""".formatted("mallory-" + ArticleFixtures.unique()), "traceparent",
						"00-" + clientTrace + "-" + clientSpan + "-" + sampled, "tracestate", "client=1", "baggage",
						"leak=yes")
				.status()).isEqualTo(201);
			await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);

			WebhookReceiver.Received webhook = receiver.received().getFirst();
			assertThat(webhook.header("traceparent")).as("the webhook carries a trace of ours, sampled")
				.isNotNull()
				.doesNotContain(clientTrace)
				.endsWith("-01");
			assertThat(webhook.header("baggage")).as("no client baggage passed on").isNull();
			SpanData request = await().atMost(Duration.ofSeconds(10))
				.until(() -> find(s -> s.getKind() == SpanKind.SERVER && s.getLinks()
					.stream()
					.anyMatch(link -> link.getSpanContext().getTraceId().equals(clientTrace))), Optional::isPresent)
				.orElseThrow();
			assertThat(request.getTraceId()).isNotEqualTo(clientTrace);
			assertThat(request.getParentSpanContext().isValid()).as("the request is a root span").isFalse();
			assertThat(request.getLinks()).singleElement()
				.satisfies(link -> assertThat(link.getSpanContext().getSpanId()).isEqualTo(clientSpan));
			assertThat(webhook.header("traceparent")).as("the webhook continues the request's own trace")
				.contains(request.getTraceId());
		}
	}

	@Test
	void aPageServedFromMemoryCostsNoSpan() {
		Http http = new Http(port);
		String page = "/category/" + "no-such-category-" + ArticleFixtures.unique();
		http.get("/");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> find(s -> s.getKind() == SpanKind.SERVER && s.getAttributes().toString().contains("uri=/"))
				.isPresent() || spans.getFinishedSpanItems().stream().anyMatch(s -> s.getKind() == SpanKind.SERVER));
		spans.reset();
		for (int i = 0; i < 5; i++) {
			assertThat(http.get("/").status()).isEqualTo(200);
		}
		assertThat(http.get(page).status()).isEqualTo(404);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> spans.getFinishedSpanItems().stream().anyMatch(s -> s.getKind() == SpanKind.SERVER));
		assertThat(spans.getFinishedSpanItems().stream().filter(s -> s.getKind() == SpanKind.SERVER))
			.as("only the uncached request is observed: the five cache hits skip the observation")
			.hasSize(1);
	}

	private Optional<SpanData> find(java.util.function.Predicate<SpanData> test) {
		return spans.getFinishedSpanItems().stream().filter(test).findFirst();
	}

	private static SpanData named(Map<String, SpanData> trace, String name) {
		return trace.values()
			.stream()
			.filter(s -> s.getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no span '" + name + "' in the trace; it has "
					+ trace.values().stream().map(SpanData::getName).sorted().toList()));
	}

	private static boolean isDescendant(Map<String, SpanData> trace, SpanData span, SpanData ancestor) {
		SpanData current = span;
		for (int depth = 0; current != null && depth < 50; depth++) {
			if (current.getParentSpanId().equals(ancestor.getSpanId())) {
				return true;
			}
			current = trace.get(current.getParentSpanId());
		}
		return false;
	}

}
