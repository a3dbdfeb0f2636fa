package com.broadsheet.identity.view;

import com.broadsheet.web.PageMeta;

import org.springframework.security.web.csrf.CsrfToken;

/** Model of {@code identity/login.jte}. */
public record SignInPage(PageMeta meta, CsrfToken csrf, boolean failed, boolean signedOut, boolean throttled) {
}
