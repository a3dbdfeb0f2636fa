/**
 * How an instance can be watched: request logging (one JSON access line per request, with
 * the trace it belongs to), masking of personal data in every log line, traces carried
 * across the database and the broker ({@link com.broadsheet.observability.Traces}), and
 * the rule that metrics are served on the management port only.
 */
@ApplicationModule(displayName = "Observability", allowedDependencies = "web")
package com.broadsheet.observability;

import org.springframework.modulith.ApplicationModule;
