package com.broadsheet.admin.view;

import com.broadsheet.leads.Lead;

/** Model of {@code admin/lead.jte}. */
public record LeadDetail(AdminChrome chrome, Lead lead) {
}
