/**
 * Caching at every level for public responses: an in-process cache (Caffeine, bounded in
 * bytes), a shared cache across instances (Redis, when configured), and HTTP caching for
 * browsers and CDNs (Cache-Control, strong ETags, Surrogate-Key). A miss renders once per
 * instance however many readers wait for it; article and taxonomy events drop the
 * affected pages on every instance, in Redis and at the CDN.
 */
@ApplicationModule(displayName = "Caching", allowedDependencies = { "platform", "web", "events", "content" })
package com.broadsheet.caching;

import org.springframework.modulith.ApplicationModule;
