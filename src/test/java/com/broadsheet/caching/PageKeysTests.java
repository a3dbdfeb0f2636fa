package com.broadsheet.caching;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.broadsheet.web.PublicRoute;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PageKeysTests {

	private final PageKeys keys = new PageKeys(List.of(() -> List.of(PublicRoute.exact("/", "page", "category", "tag"),
			PublicRoute.family("/blog/"), PublicRoute.family("/tag/", "page"))));

	@Test
	void keysArePathPlusOnlyTheParametersTheRouteReadsInAFixedOrder() {
		assertThat(key(get("/blog/a", null))).isEqualTo("/blog/a");
		assertThat(key(get("/blog/a", "utm_source=x&fbclid=y&page=2"))).isEqualTo("/blog/a");
		assertThat(key(get("/", "tag=b&utm_source=x&page=2&category=a"))).isEqualTo("/?page=2&category=a&tag=b");
		assertThat(key(get("/", "category=a&page=2"))).isEqualTo(key(get("/", "page=2&category=a")));
		assertThat(key(get("/tag/x", "category=a&page=3"))).isEqualTo("/tag/x?page=3");
	}

	@Test
	void aRepeatedParameterKeysLikeParameterBindingSeesIt() {
		assertThat(key(get("/", "page=2&page=3"))).isEqualTo("/?page=2,3").isNotEqualTo(key(get("/", "page=2")));
	}

	@Test
	void onlyGetsAndHeadsOfDeclaredPublicRoutesAreCacheable() {
		assertThat(keys.route(get("/blog/a", null))).isNotNull();
		assertThat(keys.route(get("/blog/a/leads", null))).isNull();
		assertThat(keys.route(get("/blog/", null))).isNull();
		assertThat(keys.route(get("/admin/articles", null))).isNull();
		MockHttpServletRequest head = get("/blog/a", null);
		head.setMethod("HEAD");
		assertThat(keys.route(head)).isNotNull();
		MockHttpServletRequest post = get("/blog/a", null);
		post.setMethod("POST");
		assertThat(keys.route(post)).isNull();
	}

	private String key(MockHttpServletRequest request) {
		return PageKeys.of(request, keys.route(request));
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
