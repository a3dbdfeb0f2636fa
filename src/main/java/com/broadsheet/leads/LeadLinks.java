package com.broadsheet.leads;

import java.util.UUID;

/**
 * Where a person can look at a lead, implemented by whichever module shows leads (the
 * admin), so that modules telling people about leads (the sales e-mail) link to it
 * without knowing its URLs.
 */
@FunctionalInterface
public interface LeadLinks {

	/** The site-relative path of the page that shows the lead. */
	String pathOf(UUID leadId);

}
