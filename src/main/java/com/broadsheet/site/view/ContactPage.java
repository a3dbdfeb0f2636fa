package com.broadsheet.site.view;

import com.broadsheet.web.PageMeta;

/** Model of {@code site/contact.jte}. */
public record ContactPage(PageMeta meta, LeadForm form) {
}
