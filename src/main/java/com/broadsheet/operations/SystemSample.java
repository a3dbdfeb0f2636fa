package com.broadsheet.operations;

import java.time.Instant;

/**
 * One instance's figures over one sampling interval. A figure without data in the
 * interval (no requests, no cache lookups) is {@code null}.
 *
 * @param requestsPerSecond requests answered per second
 * @param p95Millis 95th percentile of response time
 * @param p99Millis 99th percentile of response time
 * @param errorRate share of requests answered with a 5xx
 * @param cacheHitRatio share of page lookups answered from this instance's memory
 * @param poolUsage share of the database pool in use
 * @param queueDepth events waiting for a consumer
 * @param outboxBacklog events not yet handed to the transport
 */
public record SystemSample(String instance, Instant at, double requestsPerSecond, Double p95Millis, Double p99Millis,
		Double errorRate, Double cacheHitRatio, Double poolUsage, double queueDepth, double outboxBacklog) {
}
