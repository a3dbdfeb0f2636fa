/**
 * Articles and the taxonomy around them (categories, tags, authors). Public API:
 * {@link com.broadsheet.content.ArticleCatalog} for what readers may see,
 * {@link com.broadsheet.content.ArticleEditor} and
 * {@link com.broadsheet.content.Taxonomy} for changes, and the article lifecycle events.
 * Articles are stored with their rendered, sanitized HTML, reading time and tag list, so
 * a read never renders Markdown.
 */
@ApplicationModule(displayName = "Content", allowedDependencies = { "platform", "web", "events", "ratelimit" })
package com.broadsheet.content;

import org.springframework.modulith.ApplicationModule;
