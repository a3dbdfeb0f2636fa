/**
 * Limits on how often a client may do something: fixed-window counters shared by every
 * instance through Redis (in memory without it), a filter that answers 429 with
 * {@code Retry-After}, and the rules by which modules say which of their routes count
 * against which limit ({@link com.broadsheet.ratelimit.RateLimitRule}).
 */
@ApplicationModule(displayName = "Rate limits", allowedDependencies = { "platform", "web" })
package com.broadsheet.ratelimit;

import org.springframework.modulith.ApplicationModule;
