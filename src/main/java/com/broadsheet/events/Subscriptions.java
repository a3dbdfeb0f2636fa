package com.broadsheet.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Which consumers receive which event types. */
@Component
class Subscriptions {

	private final List<EventConsumer<?>> consumers;

	private final Map<String, EventConsumer<?>> byName;

	private final EventTypes types;

	Subscriptions(List<EventConsumer<?>> consumers, EventTypes types) {
		this.consumers = List.copyOf(consumers);
		this.types = types;
		this.byName = consumers.stream().collect(Collectors.toMap(EventConsumer::name, consumer -> consumer));
		consumers.forEach(consumer -> consumer.eventTypes().forEach(types::requireName));
	}

	List<EventConsumer<?>> all() {
		return consumers;
	}

	/** Consumers with a durable queue of their own, shared by all instances. */
	List<EventConsumer<?>> durable() {
		return consumers.stream().filter(consumer -> !consumer.broadcast()).toList();
	}

	/** Consumers every instance runs for itself. */
	List<EventConsumer<?>> broadcast() {
		return consumers.stream().filter(EventConsumer::broadcast).toList();
	}

	Optional<EventConsumer<?>> named(String name) {
		return Optional.ofNullable(byName.get(name));
	}

	/** Names of the event types a consumer receives (its routing keys). */
	Set<String> typeNames(EventConsumer<?> consumer) {
		return consumer.eventTypes().stream().map(types::requireName).collect(Collectors.toSet());
	}

	List<EventConsumer<?>> of(String type) {
		return consumers.stream().filter(consumer -> typeNames(consumer).contains(type)).toList();
	}

	List<EventConsumer<?>> durableOf(String type) {
		return of(type).stream().filter(consumer -> !consumer.broadcast()).toList();
	}

	List<EventConsumer<?>> broadcastOf(String type) {
		return of(type).stream().filter(EventConsumer::broadcast).toList();
	}

}
