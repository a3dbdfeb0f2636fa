package com.broadsheet.admin.view;

import java.util.List;

import com.broadsheet.web.InvalidInput;
import com.broadsheet.webhooks.Endpoint;
import com.broadsheet.webhooks.EndpointDraft;

/** Model of {@code admin/webhooks.jte}: endpoints and the registration form. */
public record WebhookList(AdminChrome chrome, List<Endpoint> endpoints, List<String> eventNames, EndpointDraft draft,
		InvalidInput errors) {

	public String error(String field) {
		return errors == null ? null : errors.messageFor(field);
	}

	public boolean chosen(String event) {
		return draft.events() != null && draft.events().contains(event);
	}

	public String value(String text) {
		return text == null ? "" : text;
	}

}
