package com.broadsheet.identity;

/**
 * Where the sign-in form sends people who did not ask for a particular page, contributed
 * by the module that serves signed-in people (the admin).
 *
 * @param path a site-relative path
 */
public record SignedInHome(String path) {
}
