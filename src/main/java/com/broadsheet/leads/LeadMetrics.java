package com.broadsheet.leads;

import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** {@code broadsheet.leads.received{source}}: leads stored, counted once committed. */
@Component
class LeadMetrics {

	private final MeterRegistry meters;

	LeadMetrics(MeterRegistry meters) {
		this.meters = meters;
		for (LeadSource source : LeadSource.values()) {
			counter(source);
		}
	}

	@TransactionalEventListener
	void on(LeadCreated created) {
		counter(created.source()).increment();
	}

	private io.micrometer.core.instrument.Counter counter(LeadSource source) {
		return meters.counter("broadsheet.leads.received", "source", source.name().toLowerCase(Locale.ROOT));
	}

}
