package com.broadsheet.leads;

/** Where a lead came in. */
public enum LeadSource {

	/** The call-to-action form under an article. */
	ARTICLE,
	/** The contact page. */
	CONTACT,
	/** {@code POST /api/v1/leads}. */
	API

}
