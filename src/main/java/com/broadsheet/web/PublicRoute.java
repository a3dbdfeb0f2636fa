package com.broadsheet.web;

import java.util.List;

/**
 * A public, anonymous page or API resource that every reader gets the same answer from,
 * contributed (as part of a {@link PublicRoutes} bean) by the module that serves it.
 * Caches in front of the application may store such responses; nothing else is ever
 * cached.
 *
 * @param path the exact path, or the prefix of a one-segment family of paths
 * @param family whether {@code path} is a prefix: {@code /blog/} covers {@code /blog/x}
 * but not {@code /blog/x/leads}
 * @param parameters the query parameters the route reads; the only ones that tell two
 * responses apart
 */
public record PublicRoute(String path, boolean family, List<String> parameters) {

	public PublicRoute {
		parameters = List.copyOf(parameters);
	}

	public static PublicRoute exact(String path, String... parameters) {
		return new PublicRoute(path, false, List.of(parameters));
	}

	/** Every path of one more segment under {@code prefix}, which ends with a slash. */
	public static PublicRoute family(String prefix, String... parameters) {
		if (!prefix.endsWith("/")) {
			throw new IllegalArgumentException("A route family's prefix ends with '/': " + prefix);
		}
		return new PublicRoute(prefix, true, List.of(parameters));
	}

	/** Whether this route serves {@code path} (decoded, normalized). */
	public boolean matches(String path) {
		if (!family) {
			return this.path.equals(path);
		}
		return path.startsWith(this.path) && path.length() > this.path.length()
				&& path.indexOf('/', this.path.length()) < 0;
	}

}
