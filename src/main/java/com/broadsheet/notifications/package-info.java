/**
 * Tells people about new leads by e-mail: sales gets every lead, and the lead optionally
 * gets an automatic reply. Both are event consumers, so a slow or absent mail server
 * never slows or fails the form; mail is retried until the server takes it.
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "platform", "web", "content", "leads", "events" })
package com.broadsheet.notifications;

import org.springframework.modulith.ApplicationModule;
