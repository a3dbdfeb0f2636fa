/**
 * Leads from the "let's talk" forms and the lead API. Public API:
 * {@link com.broadsheet.leads.LeadIntake} to accept a lead,
 * {@link com.broadsheet.leads.LeadDirectory} to read them, and the
 * {@link com.broadsheet.leads.LeadCreated} event. A lead is stored before anything else
 * happens with it; everything after that hangs on the event.
 */
@ApplicationModule(displayName = "Leads",
		allowedDependencies = { "platform", "web", "content", "events", "identity", "ratelimit" })
package com.broadsheet.leads;

import org.springframework.modulith.ApplicationModule;
