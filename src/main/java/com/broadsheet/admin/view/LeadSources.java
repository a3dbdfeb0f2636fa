package com.broadsheet.admin.view;

import com.broadsheet.leads.LeadSource;

/** Where a lead came in, as the admin says it. */
public final class LeadSources {

	private LeadSources() {
	}

	public static String label(LeadSource source) {
		return switch (source) {
			case ARTICLE -> "Article";
			case CONTACT -> "Contact page";
			case API -> "Lead API";
		};
	}

}
