package com.broadsheet.observability;

import java.util.List;

import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.Link;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.PropagatingReceiverTracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Trace context from outside is not continued: every HTTP request starts a trace of its
 * own. Continuing a client's {@code traceparent} would let any anonymous client choose
 * the trace id of all its request causes (the outbox, RabbitMQ, and the webhooks, which
 * hand the trace id on to integrators), switch sampling off, or pass baggage along. The
 * client's W3C context is kept as a link on the request's span, so a caller can still
 * find our trace from theirs.
 * <p>
 * No HTTP request is trusted, signed-in or not: who the client is becomes known only
 * inside the request, after its span has started. Work handed on inside the system (the
 * outbox, RabbitMQ, the webhook queue) still continues its trace.
 */
@Configuration(proxyBeanMethods = false)
class EdgeTraceContext {

	/**
	 * Swaps Spring Boot's receiver handler for {@link NewTraceAtTheEdge}, keeping its
	 * bean, its place among the handlers, and its behaviour for everything but HTTP
	 * requests.
	 */
	@Bean
	static BeanPostProcessor newTraceAtTheEdge(ObjectProvider<Propagator> propagator) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean.getClass() == PropagatingReceiverTracingObservationHandler.class) {
					Tracer tracer = ((PropagatingReceiverTracingObservationHandler<?>) bean).getTracer();
					return new NewTraceAtTheEdge(tracer, propagator.getObject());
				}
				return bean;
			}
		};
	}

	/** Starts a new trace for HTTP requests, linked to the client's. */
	static final class NewTraceAtTheEdge extends PropagatingReceiverTracingObservationHandler<ReceiverContext<?>> {

		private static final TextMapGetter<ServerRequestObservationContext> HEADERS = new TextMapGetter<>() {
			@Override
			public Iterable<String> keys(ServerRequestObservationContext request) {
				return List.of();
			}

			@Override
			public String get(ServerRequestObservationContext request, String key) {
				return request == null || request.getCarrier() == null ? null : request.getCarrier().getHeader(key);
			}
		};

		NewTraceAtTheEdge(Tracer tracer, Propagator propagator) {
			super(tracer, propagator);
		}

		@Override
		public Span.Builder customizeExtractedSpan(ReceiverContext<?> context, Span.Builder builder) {
			if (!(context instanceof ServerRequestObservationContext request)) {
				return builder;
			}
			builder.setNoParent();
			SpanContext client = io.opentelemetry.api.trace.Span
				.fromContext(W3CTraceContextPropagator.getInstance().extract(Context.root(), request, HEADERS))
				.getSpanContext();
			if (client.isValid()) {
				TraceContext linked = getTracer().traceContextBuilder()
					.traceId(client.getTraceId())
					.spanId(client.getSpanId())
					.sampled(client.isSampled())
					.build();
				builder.addLink(new Link(linked));
			}
			return builder;
		}

	}

}
