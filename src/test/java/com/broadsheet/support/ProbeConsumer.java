package com.broadsheet.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.broadsheet.events.Delivery;
import com.broadsheet.events.EventConsumer;
import com.broadsheet.leads.LeadCreated;
import com.broadsheet.leads.LeadDirectory;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A test consumer of {@code lead.created} that counts how often it handled each event and
 * always fails for leads named "poison..." until it is {@link #heal() healed}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProbeConsumer {

	public static final String NAME = "test-probe";

	public static final class Probe implements EventConsumer<LeadCreated> {

		private final LeadDirectory leads;

		private final Map<UUID, AtomicInteger> handled = new ConcurrentHashMap<>();

		private final Map<UUID, AtomicInteger> failed = new ConcurrentHashMap<>();

		private volatile boolean healed;

		Probe(LeadDirectory leads) {
			this.leads = leads;
		}

		@Override
		public String name() {
			return NAME;
		}

		@Override
		public Set<Class<? extends LeadCreated>> eventTypes() {
			return Set.of(LeadCreated.class);
		}

		@Override
		public void consume(Delivery<LeadCreated> delivery) {
			LeadCreated created = delivery.event();
			if (!healed && leads.get(created.leadId()).name().startsWith("poison")) {
				failed.computeIfAbsent(created.leadId(), id -> new AtomicInteger()).incrementAndGet();
				throw new IllegalStateException("probe refuses poison lead");
			}
			handled.computeIfAbsent(created.leadId(), id -> new AtomicInteger()).incrementAndGet();
		}

		public int handled(UUID leadId) {
			AtomicInteger count = handled.get(leadId);
			return count == null ? 0 : count.get();
		}

		public int failures(UUID leadId) {
			AtomicInteger count = failed.get(leadId);
			return count == null ? 0 : count.get();
		}

		public List<Integer> allCounts() {
			return handled.values().stream().map(AtomicInteger::get).toList();
		}

		public void heal() {
			healed = true;
		}

	}

	@Bean
	Probe probeConsumer(LeadDirectory leads) {
		return new Probe(leads);
	}

}
