package com.broadsheet.identity;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * The routes of one module that need someone signed in, contributed as a bean by that
 * module, so the security rules know no module's URLs: every other route is public.
 *
 * @param tokenApi routes for API clients: an {@code Authorization: Bearer} token, no
 * session, no CSRF
 * @param signedIn routes for people: a session from the sign-in form, CSRF on every form
 * @param adminOnly among {@code signedIn}, those only ADMIN accounts may use
 */
public record ProtectedRoutes(List<Route> tokenApi, List<Route> signedIn, List<Route> adminOnly) {

	public ProtectedRoutes {
		tokenApi = List.copyOf(tokenApi);
		signedIn = List.copyOf(signedIn);
		adminOnly = List.copyOf(adminOnly);
	}

	/**
	 * @param method only this method, or {@code null} for all
	 * @param pattern a path pattern, e.g. {@code /admin/**}
	 */
	public record Route(HttpMethod method, String pattern) {

		public static Route any(String pattern) {
			return new Route(null, pattern);
		}

		public static Route of(HttpMethod method, String pattern) {
			return new Route(method, pattern);
		}

	}

}
