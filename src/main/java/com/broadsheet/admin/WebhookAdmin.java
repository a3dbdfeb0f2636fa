package com.broadsheet.admin;

import java.util.List;

import com.broadsheet.admin.view.WebhookDetail;
import com.broadsheet.admin.view.WebhookList;
import com.broadsheet.identity.Editor;
import com.broadsheet.web.InvalidInput;
import com.broadsheet.webhooks.Endpoint;
import com.broadsheet.webhooks.EndpointDraft;
import com.broadsheet.webhooks.WebhookEndpoints;
import com.broadsheet.webhooks.WebhookEvents;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Webhook endpoints in the admin: register, edit, delete, read the delivery log,
 * redeliver.
 */
@Controller
class WebhookAdmin {

	private final WebhookEndpoints webhooks;

	private final AdminPages pages;

	WebhookAdmin(WebhookEndpoints webhooks, AdminPages pages) {
		this.webhooks = webhooks;
		this.pages = pages;
	}

	@GetMapping("/admin/webhooks")
	ResponseEntity<byte[]> list(@AuthenticationPrincipal Editor user, CsrfToken csrf,
			@RequestParam(required = false) String done) {
		AdminPages.requireSiteManager(user);
		return listPage(user, csrf, new EndpointDraft("", "", List.of(), true), null, HttpStatus.OK,
				"deleted".equals(done) ? "Endpoint deleted." : null);
	}

	@PostMapping("/admin/webhooks")
	ResponseEntity<byte[]> register(@AuthenticationPrincipal Editor user, CsrfToken csrf,
			@RequestParam(required = false) String url, @RequestParam(required = false) String secret,
			@RequestParam(required = false) List<String> events) {
		AdminPages.requireSiteManager(user);
		EndpointDraft draft = new EndpointDraft(url, secret, events == null ? List.of() : events, true);
		try {
			Endpoint endpoint = webhooks.register(draft);
			return AdminPages.redirect("/admin/webhooks/" + endpoint.id() + "?done=created");
		}
		catch (InvalidInput invalid) {
			return listPage(user, csrf, new EndpointDraft(url, "", draft.events(), true), invalid,
					HttpStatus.UNPROCESSABLE_CONTENT, null);
		}
	}

	@GetMapping("/admin/webhooks/{id}")
	ResponseEntity<byte[]> detail(@AuthenticationPrincipal Editor user, CsrfToken csrf, @PathVariable long id,
			@RequestParam(required = false) String done) {
		AdminPages.requireSiteManager(user);
		Endpoint endpoint = webhooks.get(id);
		return detailPage(user, csrf, endpoint,
				new EndpointDraft(endpoint.url(), "", endpoint.events(), endpoint.enabled()), null, HttpStatus.OK,
				notice(done));
	}

	@PostMapping("/admin/webhooks/{id}")
	ResponseEntity<byte[]> update(@AuthenticationPrincipal Editor user, CsrfToken csrf, @PathVariable long id,
			@RequestParam(required = false) String url, @RequestParam(required = false) String secret,
			@RequestParam(required = false) List<String> events, @RequestParam(required = false) String enabled) {
		AdminPages.requireSiteManager(user);
		EndpointDraft draft = new EndpointDraft(url, secret, events == null ? List.of() : events, enabled != null);
		try {
			webhooks.update(id, draft);
			return AdminPages.redirect("/admin/webhooks/" + id + "?done=updated");
		}
		catch (InvalidInput invalid) {
			return detailPage(user, csrf, webhooks.get(id), new EndpointDraft(url, "", draft.events(), draft.enabled()),
					invalid, HttpStatus.UNPROCESSABLE_CONTENT, null);
		}
	}

	@PostMapping("/admin/webhooks/{id}/delete")
	ResponseEntity<byte[]> delete(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		AdminPages.requireSiteManager(user);
		webhooks.delete(id);
		return AdminPages.redirect("/admin/webhooks?done=deleted");
	}

	@PostMapping("/admin/webhooks/{id}/deliveries/{deliveryId}/redeliver")
	ResponseEntity<byte[]> redeliver(@AuthenticationPrincipal Editor user, @PathVariable long id,
			@PathVariable long deliveryId) {
		AdminPages.requireSiteManager(user);
		webhooks.redeliver(id, deliveryId);
		return AdminPages.redirect("/admin/webhooks/" + id + "?done=redelivered");
	}

	private ResponseEntity<byte[]> listPage(Editor user, CsrfToken csrf, EndpointDraft draft, InvalidInput errors,
			HttpStatus status, String notice) {
		return pages.render(status, "admin/webhooks.jte",
				new WebhookList(pages.chrome(user, csrf, "webhooks", "Webhooks", notice), webhooks.list(),
						WebhookEvents.NAMES, draft, errors));
	}

	private ResponseEntity<byte[]> detailPage(Editor user, CsrfToken csrf, Endpoint endpoint, EndpointDraft draft,
			InvalidInput errors, HttpStatus status, String notice) {
		return pages.render(status, "admin/webhook.jte",
				new WebhookDetail(pages.chrome(user, csrf, "webhooks", "Webhook endpoint", notice), endpoint,
						WebhookEvents.NAMES, draft, errors, webhooks.deliveries(endpoint.id())));
	}

	private static String notice(String done) {
		return done == null ? null : switch (done) {
			case "created" -> "Endpoint registered. Matching events are delivered from now on.";
			case "updated" -> "Saved.";
			case "redelivered" -> "Delivery queued again.";
			default -> null;
		};
	}

}
