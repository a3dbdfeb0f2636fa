/**
 * Infrastructure every module stands on: the embedded PostgreSQL default, template
 * rendering, request paging, problem-details error handling, body-size limits and the
 * cluster-safe task scheduler. Its public types are the only API; everything else is
 * package-private.
 */
@ApplicationModule(displayName = "Platform")
package com.broadsheet.platform;

import org.springframework.modulith.ApplicationModule;
