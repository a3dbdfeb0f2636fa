package com.broadsheet.leads;

/** How many leads an article brought in. */
public record ArticleLeadCount(String articleSlug, String articleTitle, long leads) {
}
