/**
 * The back office: the admin UI at {@code /admin} and the Admin API at
 * {@code /api/v1/admin}. Decides who may do what (an AUTHOR only touches their own
 * articles) and delegates every change to the content, leads and identity modules.
 */
@ApplicationModule(displayName = "Admin", allowedDependencies = { "platform", "web", "content", "leads", "identity",
		"events", "webhooks", "operations", "ratelimit" })
package com.broadsheet.admin;

import org.springframework.modulith.ApplicationModule;
