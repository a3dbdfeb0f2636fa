package com.broadsheet.identity;

import java.io.IOException;
import java.util.Locale;

import com.broadsheet.ratelimit.RateLimitProperties;
import com.broadsheet.ratelimit.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brute-force protection of the sign-in form, shared by every instance through Redis:
 * after {@code broadsheet.rate-limits.sign-in-account} failed attempts for one account (5
 * in 15 minutes), or {@code sign-in-address} from one client address, further attempts
 * are refused, right password or not, until the window ends. A successful sign-in clears
 * the account's count.
 */
@Component
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private final RateLimits limits;

	private final RateLimitProperties properties;

	SignInThrottle(RateLimits limits, RateLimitProperties properties) {
		this.limits = limits;
		this.properties = properties;
	}

	boolean locked(String account, String address) {
		return !limits.peek("sign-in-account", normalize(account), properties.signInAccount()).allowed()
				|| !limits.peek("sign-in-address", address, properties.signInAddress()).allowed();
	}

	void failed(String account, String address) {
		limits.hit("sign-in-account", normalize(account), properties.signInAccount());
		limits.hit("sign-in-address", address, properties.signInAddress());
	}

	@EventListener
	void on(AuthenticationSuccessEvent success) {
		limits.reset("sign-in-account", normalize(success.getAuthentication().getName()));
	}

	/** Refuses a sign-in attempt while its account or address is locked. */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())
						&& locked(request.getParameter("username"), request.getRemoteAddr())) {
					log.warn("Sign-in refused: too many failed attempts for this account or address");
					response.setStatus(HttpServletResponse.SC_SEE_OTHER);
					response.setHeader("Location", "/login?throttled");
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	/** Counts the failure, then back to the form with an error. */
	AuthenticationFailureHandler failureHandler() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) -> {
			failed(request.getParameter("username"), request.getRemoteAddr());
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location", "/login?error");
		};
	}

	private static String normalize(String account) {
		return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
	}

}
