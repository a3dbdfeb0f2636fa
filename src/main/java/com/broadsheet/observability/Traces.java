package com.broadsheet.observability;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.observation.transport.SenderContext;

/**
 * Carries a trace across the places where work changes hands through the database or a
 * broker (the outbox, RabbitMQ, the webhook queue): {@link #handOff} records a short span
 * and returns the W3C trace headers ({@code traceparent}) to store with the work;
 * {@link #resume} runs the work later, on any instance, in a span that continues that
 * trace. With tracing off the headers are empty and nothing is recorded.
 */
public final class Traces {

	private Traces() {
	}

	/**
	 * Records a span {@code name} as a child of the current observation and returns the
	 * headers that continue the trace from it.
	 */
	public static Map<String, String> handOff(ObservationRegistry observations, String name, String contextualName,
			KeyValue... tags) {
		return handOff(observations, null, name, contextualName, tags);
	}

	/**
	 * Like {@link #handOff(ObservationRegistry, String, String, KeyValue...)}, under
	 * {@code parent}.
	 */
	public static Map<String, String> handOff(ObservationRegistry observations, Observation parent, String name,
			String contextualName, KeyValue... tags) {
		Map<String, String> headers = new HashMap<>();
		SenderContext<Map<String, String>> context = new SenderContext<>(
				(carrier, key, value) -> carrier.put(key, value), Kind.PRODUCER);
		context.setCarrier(headers);
		Observation observation = Observation.createNotStarted(name, () -> context, observations)
			.contextualName(contextualName)
			.lowCardinalityKeyValues(io.micrometer.common.KeyValues.of(tags));
		if (parent != null) {
			observation.parentObservation(parent);
		}
		observation.start().stop();
		return headers;
	}

	/**
	 * Starts a span {@code name} continuing the trace in {@code headers} (a new trace
	 * when they carry none). The caller stops it, and may open a scope.
	 */
	public static Observation start(ObservationRegistry observations, String name, String contextualName,
			Map<String, String> headers, Kind kind, KeyValue... tags) {
		ReceiverContext<Map<String, String>> context = new ReceiverContext<>((carrier, key) -> carrier.get(key), kind);
		context.setCarrier(headers);
		return Observation.createNotStarted(name, () -> context, observations)
			.contextualName(contextualName)
			.lowCardinalityKeyValues(io.micrometer.common.KeyValues.of(tags))
			.start();
	}

	/** Runs {@code work} in a span continuing the trace in {@code headers}. */
	public static <T, E extends Throwable> T resume(ObservationRegistry observations, String name,
			String contextualName, Map<String, String> headers, Kind kind, Observation.CheckedCallable<T, E> work,
			KeyValue... tags) throws E {
		Observation observation = start(observations, name, contextualName, headers, kind, tags);
		try (Observation.Scope scope = observation.openScope()) {
			return work.call();
		}
		catch (Throwable ex) {
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

}
