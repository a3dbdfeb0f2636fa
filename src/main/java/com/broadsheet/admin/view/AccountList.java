package com.broadsheet.admin.view;

import java.util.List;

import com.broadsheet.content.Term;
import com.broadsheet.identity.Editor;
import com.broadsheet.identity.NewAccount;
import com.broadsheet.identity.Role;
import com.broadsheet.web.InvalidInput;

/** Model of {@code admin/users.jte}. */
public record AccountList(AdminChrome chrome, List<Editor> accounts, List<Term> authors, NewAccount draft,
		InvalidInput errors) {

	public Role[] roles() {
		return Role.values();
	}

	public String error(String field) {
		return errors == null ? null : errors.messageFor(field);
	}

	public String value(String text) {
		return text == null ? "" : text;
	}

}
