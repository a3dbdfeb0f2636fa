package com.broadsheet.admin.view;

import java.util.List;

import com.broadsheet.content.ArticleView;
import com.broadsheet.leads.ArticleLeadCount;
import com.broadsheet.leads.Lead;

/**
 * Model of {@code admin/dashboard.jte}. Lead figures are empty for AUTHOR accounts.
 */
public record Dashboard(AdminChrome chrome, long published, long drafts, long scheduled, List<ArticleView> recent,
		List<ArticleView> upcoming, long leadsThisWeek, List<Lead> latestLeads, List<ArticleLeadCount> topArticles) {
}
