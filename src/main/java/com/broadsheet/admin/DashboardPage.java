package com.broadsheet.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.broadsheet.admin.view.Dashboard;
import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleStatus;
import com.broadsheet.identity.Editor;
import com.broadsheet.leads.LeadDirectory;
import com.broadsheet.web.PageRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardPage {

	private final ArticleEditor articles;

	private final LeadDirectory leads;

	private final AdminPages pages;

	private final Clock clock;

	DashboardPage(ArticleEditor articles, LeadDirectory leads, AdminPages pages, Clock clock) {
		this.articles = articles;
		this.leads = leads;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/admin")
	ResponseEntity<byte[]> dashboard(@AuthenticationPrincipal Editor editor, CsrfToken csrf) {
		String author = editor.mayManageSite() ? null : editor.authorSlug();
		Map<ArticleStatus, Long> counts = articles.countByStatus(author);
		PageRequest five = new PageRequest(1, 5);
		boolean manager = editor.mayManageSite();
		Dashboard model = new Dashboard(pages.chrome(editor, csrf, "dashboard", "Dashboard", null),
				counts.get(ArticleStatus.PUBLISHED), counts.get(ArticleStatus.DRAFT),
				counts.get(ArticleStatus.SCHEDULED), articles.list(null, author, five).items(),
				articles.list(ArticleStatus.SCHEDULED, author, five).items(),
				manager ? leads.countSince(clock.instant().minus(Duration.ofDays(7))) : 0,
				manager ? leads.newest(five).items() : List.of(), manager ? leads.topArticles(5) : List.of());
		return pages.render("admin/dashboard.jte", model);
	}

}
