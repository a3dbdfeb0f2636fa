/**
 * Signed webhooks for integrators. Endpoints subscribe to event types; every matching
 * event becomes a delivery, POSTed with an HMAC-SHA256 signature and retried with
 * exponential back-off for up to a day. Targets on loopback, private or link-local
 * addresses are refused (at registration and again before every attempt, after DNS
 * resolution) unless explicitly allowed.
 */
@ApplicationModule(displayName = "Webhooks",
		allowedDependencies = { "platform", "web", "observability", "events", "leads", "content" })
package com.broadsheet.webhooks;

import org.springframework.modulith.ApplicationModule;
