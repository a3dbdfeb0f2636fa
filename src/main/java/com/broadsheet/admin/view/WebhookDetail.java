package com.broadsheet.admin.view;

import java.util.List;

import com.broadsheet.web.InvalidInput;
import com.broadsheet.webhooks.DeliveryLog;
import com.broadsheet.webhooks.Endpoint;
import com.broadsheet.webhooks.EndpointDraft;

/** Model of {@code admin/webhook.jte}: one endpoint, its edit form and delivery log. */
public record WebhookDetail(AdminChrome chrome, Endpoint endpoint, List<String> eventNames, EndpointDraft draft,
		InvalidInput errors, List<DeliveryLog> deliveries) {

	public String error(String field) {
		return errors == null ? null : errors.messageFor(field);
	}

	public boolean chosen(String event) {
		return draft.events() != null && draft.events().contains(event);
	}

	public boolean enabled() {
		return draft.enabled() == null || draft.enabled();
	}

}
