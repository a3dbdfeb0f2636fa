/**
 * The public website: server-rendered pages that work without JavaScript, the lead forms,
 * feeds, sitemap and robots.txt. Reads through the content API and hands leads to the
 * leads module; owns no data.
 */
@ApplicationModule(displayName = "Site", allowedDependencies = { "platform", "web", "content", "leads", "ratelimit" })
package com.broadsheet.site;

import org.springframework.modulith.ApplicationModule;
