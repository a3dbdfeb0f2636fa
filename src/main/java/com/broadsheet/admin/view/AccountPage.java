package com.broadsheet.admin.view;

import com.broadsheet.web.InvalidInput;

/**
 * Model of {@code admin/account.jte}.
 *
 * @param errors what was wrong with a password change, or {@code null}
 */
public record AccountPage(AdminChrome chrome, InvalidInput errors) {

	public String error(String field) {
		return errors == null ? null : errors.messageFor(field);
	}

}
