package com.broadsheet.identity;

/** What an editor account may do. */
public enum Role {

	/** Everything, including accounts and API tokens. */
	ADMIN,
	/** All articles, the taxonomy and leads. */
	EDITOR,
	/** Their own articles only. */
	AUTHOR;

	public String authority() {
		return "ROLE_" + name();
	}

}
