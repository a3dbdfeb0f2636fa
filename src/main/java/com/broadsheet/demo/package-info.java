/**
 * Demo content written for this project: categories, authors and articles loaded on the
 * first start of an empty database, so a fresh install shows a living blog. Switched off
 * with {@code broadsheet.demo-content=false}.
 */
@ApplicationModule(displayName = "Demo content", allowedDependencies = { "platform", "web", "content" })
package com.broadsheet.demo;

import org.springframework.modulith.ApplicationModule;
