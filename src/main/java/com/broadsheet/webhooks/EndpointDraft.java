package com.broadsheet.webhooks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A new or changed endpoint.
 *
 * @param secret shared secret for signatures; on update, blank keeps the current one
 * @param events event names from {@link WebhookEvents#NAMES}
 * @param enabled {@code null} means enabled
 */
public record EndpointDraft(
		@NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2,000 characters") String url,
		@Size(max = 200, message = "must be at most 200 characters") String secret,
		@NotEmpty(message = "choose at least one event") List<String> events, Boolean enabled) {

	public EndpointDraft {
		events = events == null ? null : Collections.unmodifiableList(new ArrayList<>(events));
	}

}
