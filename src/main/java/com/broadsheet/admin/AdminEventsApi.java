package com.broadsheet.admin;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.broadsheet.events.DeadLetter;
import com.broadsheet.events.DeadLetters;
import com.broadsheet.identity.Editor;
import com.broadsheet.webhooks.DeliveryLog;
import com.broadsheet.webhooks.Endpoint;
import com.broadsheet.webhooks.EndpointDraft;
import com.broadsheet.webhooks.WebhookEndpoints;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Admin API for webhook endpoints, their delivery logs, and dead letters. */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminEventsApi {

	private final WebhookEndpoints webhooks;

	private final DeadLetters deadLetters;

	AdminEventsApi(WebhookEndpoints webhooks, DeadLetters deadLetters) {
		this.webhooks = webhooks;
		this.deadLetters = deadLetters;
	}

	@GetMapping("/webhooks")
	List<Endpoint> endpoints(@AuthenticationPrincipal Editor user) {
		AdminPages.requireSiteManager(user);
		return webhooks.list();
	}

	@PostMapping(path = "/webhooks", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Endpoint> register(@AuthenticationPrincipal Editor user, @RequestBody EndpointDraft draft) {
		AdminPages.requireSiteManager(user);
		Endpoint endpoint = webhooks.register(draft);
		return ResponseEntity.created(URI.create("/api/v1/admin/webhooks/" + endpoint.id())).body(endpoint);
	}

	@GetMapping("/webhooks/{id}")
	Endpoint endpoint(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		AdminPages.requireSiteManager(user);
		return webhooks.get(id);
	}

	@PutMapping(path = "/webhooks/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Endpoint update(@AuthenticationPrincipal Editor user, @PathVariable long id, @RequestBody EndpointDraft draft) {
		AdminPages.requireSiteManager(user);
		return webhooks.update(id, draft);
	}

	@DeleteMapping("/webhooks/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		AdminPages.requireSiteManager(user);
		webhooks.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/webhooks/{id}/deliveries")
	List<DeliveryLog> deliveries(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		AdminPages.requireSiteManager(user);
		return webhooks.deliveries(id);
	}

	@PostMapping("/webhooks/{id}/deliveries/{deliveryId}/redeliver")
	ResponseEntity<Void> redeliver(@AuthenticationPrincipal Editor user, @PathVariable long id,
			@PathVariable long deliveryId) {
		AdminPages.requireSiteManager(user);
		webhooks.redeliver(id, deliveryId);
		return ResponseEntity.accepted().build();
	}

	@GetMapping("/dead-letters")
	List<DeadLetter> deadLetters(@AuthenticationPrincipal Editor user) {
		AdminPages.requireSiteManager(user);
		return deadLetters.list();
	}

	@PostMapping("/dead-letters/{consumer}/{eventId}/replay")
	ResponseEntity<Void> replay(@AuthenticationPrincipal Editor user, @PathVariable String consumer,
			@PathVariable UUID eventId) {
		AdminPages.requireSiteManager(user);
		if (!deadLetters.replay(consumer, eventId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No dead letter " + eventId + " for " + consumer + ".");
		}
		return ResponseEntity.accepted().build();
	}

}
