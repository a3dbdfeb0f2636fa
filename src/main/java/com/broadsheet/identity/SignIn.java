package com.broadsheet.identity;

import com.broadsheet.identity.view.SignInPage;
import com.broadsheet.web.PageMeta;
import com.broadsheet.web.SiteProperties;
import com.broadsheet.web.Templates;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class SignIn {

	private final Templates templates;

	private final SiteProperties site;

	SignIn(Templates templates, SiteProperties site) {
		this.templates = templates;
		this.site = site;
	}

	@GetMapping("/login")
	ResponseEntity<byte[]> page(CsrfToken csrf, @RequestParam(required = false) String error,
			@RequestParam(required = false) String signedOut, @RequestParam(required = false) String throttled) {
		PageMeta meta = PageMeta.website(site, "Sign in", "", "/login").notIndexed();
		return templates.page(HttpStatus.OK, "identity/login.jte",
				new SignInPage(meta, csrf, error != null, signedOut != null, throttled != null));
	}

}
