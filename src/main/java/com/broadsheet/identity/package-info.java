/**
 * Who may change what: editor accounts (ADMIN, EDITOR, AUTHOR), sign-in, API tokens and
 * the security rules of every URL. Public API: {@link com.broadsheet.identity.Editor}
 * (the signed-in person, available as the authentication principal),
 * {@link com.broadsheet.identity.Accounts} and {@link com.broadsheet.identity.ApiTokens}.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "platform", "web", "ratelimit", "observability" })
package com.broadsheet.identity;

import org.springframework.modulith.ApplicationModule;
