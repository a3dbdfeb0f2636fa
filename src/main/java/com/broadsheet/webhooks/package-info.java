/**
 * Signed webhooks for integrators. Endpoints subscribe to event types; every matching
 * event becomes a delivery, POSTed with an HMAC-SHA256 signature and retried with
 * exponential back-off for up to a day. Targets on loopback, private or link-local
 * addresses are refused (at registration and again before every attempt, after DNS
 * resolution) unless explicitly allowed, and an attempt connects to the very address it
 * checked. Every attempt ends by one deadline and runs in its endpoint's own lane, so a
 * slow receiver delays nobody else.
 */
@ApplicationModule(displayName = "Webhooks",
		allowedDependencies = { "platform", "web", "observability", "events", "leads", "content" })
package com.broadsheet.webhooks;

import org.springframework.modulith.ApplicationModule;
