package com.broadsheet.admin;

import java.util.List;

import com.broadsheet.admin.view.SystemPage;
import com.broadsheet.identity.Editor;
import com.broadsheet.operations.SystemMetrics;
import com.broadsheet.operations.SystemSample;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The operations page: live figures of this instance and of every instance in the
 * cluster. The page is plain HTML; {@code /js/system.js} fetches
 * {@code /admin/system/figures} every few seconds and draws the charts.
 */
@Controller
class SystemAdmin {

	private final SystemMetrics metrics;

	private final AdminPages pages;

	SystemAdmin(SystemMetrics metrics, AdminPages pages) {
		this.metrics = metrics;
		this.pages = pages;
	}

	@GetMapping("/admin/system")
	ResponseEntity<byte[]> page(@AuthenticationPrincipal Editor user, CsrfToken csrf) {
		requireAdmin(user);
		return pages.render("admin/system.jte", new SystemPage(pages.chrome(user, csrf, "system", "System", null),
				metrics.instance(), metrics.interval().toSeconds(), metrics.cluster()));
	}

	record Figures(String instance, long intervalSeconds, List<SystemSample> history, List<SystemSample> cluster) {
	}

	@GetMapping("/admin/system/figures")
	ResponseEntity<Figures> figures(@AuthenticationPrincipal Editor user) {
		requireAdmin(user);
		return ResponseEntity
			.ok(new Figures(metrics.instance(), metrics.interval().toSeconds(), metrics.history(), metrics.cluster()));
	}

	private static void requireAdmin(Editor user) {
		if (!user.isAdmin()) {
			throw new AccessDeniedException("Only admins may see the operations page.");
		}
	}

}
