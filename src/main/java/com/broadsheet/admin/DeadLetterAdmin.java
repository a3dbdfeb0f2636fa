package com.broadsheet.admin;

import java.util.UUID;

import com.broadsheet.admin.view.DeadLetterList;
import com.broadsheet.events.DeadLetters;
import com.broadsheet.identity.Editor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Events consumers gave up on, and replaying them. */
@Controller
class DeadLetterAdmin {

	private final DeadLetters deadLetters;

	private final AdminPages pages;

	DeadLetterAdmin(DeadLetters deadLetters, AdminPages pages) {
		this.deadLetters = deadLetters;
		this.pages = pages;
	}

	@GetMapping("/admin/dead-letters")
	ResponseEntity<byte[]> list(@AuthenticationPrincipal Editor user, CsrfToken csrf,
			@RequestParam(required = false) String done) {
		AdminPages.requireSiteManager(user);
		String notice = "replayed".equals(done) ? "Replayed: the event is back with its consumer as a first attempt."
				: null;
		return pages.render("admin/dead-letters.jte", new DeadLetterList(
				pages.chrome(user, csrf, "dead-letters", "Dead letters", notice), deadLetters.list()));
	}

	@PostMapping("/admin/dead-letters/{consumer}/{eventId}/replay")
	ResponseEntity<byte[]> replay(@AuthenticationPrincipal Editor user, @PathVariable String consumer,
			@PathVariable UUID eventId) {
		AdminPages.requireSiteManager(user);
		deadLetters.replay(consumer, eventId);
		return AdminPages.redirect("/admin/dead-letters?done=replayed");
	}

}
