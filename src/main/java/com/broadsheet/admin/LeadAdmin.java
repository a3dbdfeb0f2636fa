package com.broadsheet.admin;

import java.util.UUID;

import com.broadsheet.admin.view.LeadDetail;
import com.broadsheet.admin.view.LeadList;
import com.broadsheet.identity.Editor;
import com.broadsheet.leads.LeadDirectory;
import com.broadsheet.leads.LeadNotFound;
import com.broadsheet.web.PageRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LeadAdmin {

	static final int PAGE_SIZE = 25;

	private final LeadDirectory leads;

	private final AdminPages pages;

	LeadAdmin(LeadDirectory leads, AdminPages pages) {
		this.leads = leads;
		this.pages = pages;
	}

	@GetMapping("/admin/leads")
	ResponseEntity<byte[]> list(@AuthenticationPrincipal Editor user, CsrfToken csrf,
			@RequestParam(required = false) String page) {
		AdminPages.requireSiteManager(user);
		var result = leads.newest(PageRequest.parse(page, PAGE_SIZE)).requireInRange();
		return pages.render("admin/leads.jte", new LeadList(pages.chrome(user, csrf, "leads", "Leads", null), result));
	}

	@GetMapping("/admin/leads/{id}")
	ResponseEntity<byte[]> detail(@AuthenticationPrincipal Editor user, CsrfToken csrf, @PathVariable String id) {
		AdminPages.requireSiteManager(user);
		UUID leadId;
		try {
			leadId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new LeadNotFound(id);
		}
		return pages.render("admin/lead.jte",
				new LeadDetail(pages.chrome(user, csrf, "leads", "Lead", null), leads.get(leadId)));
	}

}
