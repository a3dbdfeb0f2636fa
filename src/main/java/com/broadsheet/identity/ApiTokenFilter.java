package com.broadsheet.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.broadsheet.web.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} against the stored token hashes.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final Problems problems;

	ApiTokenFilter(ApiTokens tokens, Problems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = BearerTokens.of(request);
		if (token == null) {
			chain.doFilter(request, response);
			return;
		}
		var grant = tokens.authenticate(token);
		if (grant.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			problems.write(request, response,
					Problems.problem(HttpStatus.UNAUTHORIZED, "The API token is unknown or revoked."));
			return;
		}
		if (!grant.get().scope().allows(request.getMethod())) {
			problems.write(request, response,
					Problems.problem(HttpStatus.FORBIDDEN, "This token may only read (scope: read)."));
			return;
		}
		var editor = grant.get().editor();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(editor, null, editor.getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
