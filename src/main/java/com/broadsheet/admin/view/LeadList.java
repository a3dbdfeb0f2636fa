package com.broadsheet.admin.view;

import com.broadsheet.leads.Lead;
import com.broadsheet.web.ResultPage;

/** Model of {@code admin/leads.jte}. */
public record LeadList(AdminChrome chrome, ResultPage<Lead> leads) {
}
