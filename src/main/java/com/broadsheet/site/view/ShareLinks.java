package com.broadsheet.site.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Share targets for an article; each is a plain link, so sharing needs no script. */
public record ShareLinks(String url, String linkedIn, String x, String email) {

	public static ShareLinks of(String url, String title) {
		String u = encode(url);
		String t = encode(title);
		return new ShareLinks(url, "https://www.linkedin.com/sharing/share-offsite/?url=" + u,
				"https://twitter.com/intent/tweet?url=" + u + "&text=" + t, "mailto:?subject=" + t + "&body=" + u);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
