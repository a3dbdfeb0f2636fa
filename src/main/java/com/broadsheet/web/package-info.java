/**
 * The HTTP edge every module's pages and APIs share: the order of the servlet filters,
 * security headers, request-body limits, problem details (RFC 9457) and error pages,
 * paging of listings, page templates and metadata, and the site's identity (name, base
 * URL). Modules contribute what the edge must know about their routes as beans
 * ({@link com.broadsheet.web.PublicRoutes}, {@link com.broadsheet.web.UploadRoute})
 * rather than the edge knowing their URLs.
 */
@ApplicationModule(displayName = "Web")
package com.broadsheet.web;

import org.springframework.modulith.ApplicationModule;
