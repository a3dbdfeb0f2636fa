package com.broadsheet.platform;

import org.springframework.boot.health.contributor.Status;

/**
 * A dependency the application can live without (Redis, RabbitMQ) reports
 * {@link #DEGRADED} when it is unreachable: visible to operators, ranked between DOWN and
 * UP, answered with 200 so load balancers keep an instance that can still serve pages.
 */
public final class HealthStatuses {

	public static final Status DEGRADED = new Status("DEGRADED");

	private HealthStatuses() {
	}

}
