package com.broadsheet.caching;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PageKeysTests {

	@Test
	void keysArePathPlusOnlyTheParametersThatChangeThePageInAFixedOrder() {
		assertThat(PageKeys.of(get("/blog/a", null))).isEqualTo("/blog/a");
		assertThat(PageKeys.of(get("/blog/a", "utm_source=x&fbclid=y"))).isEqualTo("/blog/a");
		assertThat(PageKeys.of(get("/", "tag=b&utm_source=x&page=2&category=a")))
			.isEqualTo("/?page=2&category=a&tag=b");
		assertThat(PageKeys.of(get("/", "category=a&page=2"))).isEqualTo(PageKeys.of(get("/", "page=2&category=a")));
	}

	@Test
	void onlyPublicGetsAndHeadsOfKnownPagesAreCacheable() {
		assertThat(PageKeys.cacheable(get("/blog/a", null))).isTrue();
		assertThat(PageKeys.cacheable(get("/blog/a/leads", null))).isFalse();
		assertThat(PageKeys.cacheable(get("/admin/articles", null))).isFalse();
		MockHttpServletRequest post = get("/blog/a", null);
		post.setMethod("POST");
		assertThat(PageKeys.cacheable(post)).isFalse();
	}

	private static MockHttpServletRequest get(String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		if (query != null) {
			for (String pair : query.split("&")) {
				String[] parts = pair.split("=", 2);
				request.addParameter(parts[0], parts[1]);
			}
		}
		return request;
	}

}
