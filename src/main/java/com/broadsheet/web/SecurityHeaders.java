package com.broadsheet.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every response, cached pages included (this filter runs before the
 * page cache): a strict Content-Security-Policy (scripts and styles from this origin
 * only, no inline script anywhere), {@code nosniff}, a referrer policy, no framing, no
 * powerful browser features, and HSTS on requests that arrived over TLS.
 */
class SecurityHeaders extends HttpFilter {

	static final String DEFAULT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	private final String policy;

	private final String hsts;

	SecurityHeaders(String policy, boolean hsts, Duration hstsMaxAge) {
		this.policy = policy;
		this.hsts = hsts ? "max-age=" + hstsMaxAge.toSeconds() + "; includeSubDomains" : null;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", policy);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Permissions-Policy",
				"camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
		if (hsts != null && request.isSecure()) {
			response.setHeader("Strict-Transport-Security", hsts);
		}
		chain.doFilter(request, response);
	}

}
