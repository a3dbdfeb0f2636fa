/**
 * Live operational figures for the operations page ({@code /admin/system}): this
 * instance's request rate, latency percentiles, error rate, cache hit ratio, pool use,
 * queue depth and outbox backlog, sampled every few seconds from the meters Micrometer
 * keeps, and, when Redis is configured, the latest sample of every instance of the
 * cluster.
 */
@ApplicationModule(displayName = "Operations", allowedDependencies = { "platform", "observability" })
package com.broadsheet.operations;

import org.springframework.modulith.ApplicationModule;
