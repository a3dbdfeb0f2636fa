package com.broadsheet.caching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import com.broadsheet.support.RecordedQueries;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** A viral article: hundreds of readers at once, one database load. */
@BroadsheetTest(properties = { "broadsheet.admin.password=a long test password",
		"broadsheet.admin.email=stampede@example.test" })
@Import(RecordedQueries.class)
class StampedeTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	RecordedQueries recorded;

	@Test
	void twoHundredConcurrentRequestsForAColdArticleLoadItFromTheDatabaseOnce() throws Exception {
		ArticleView article = new ArticleFixtures(editor, taxonomy).publishedArticle().create();
		recorded.clear();
		int readers = 200;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Http.Response>> responses = new ArrayList<>();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < readers; i++) {
				Http http = new Http(port);
				responses.add(pool.submit(() -> {
					start.await();
					return http.get("/blog/" + article.slug());
				}));
			}
			start.countDown();
			Set<String> bodies = new HashSet<>();
			for (Future<Http.Response> response : responses) {
				assertThat(response.get().status()).isEqualTo(200);
				bodies.add(response.get().body());
			}
			assertThat(bodies).hasSize(1);
		}
		assertThat(articleLoads(article.slug())).isEqualTo(1);

		recorded.clear();
		for (int i = 0; i < 50; i++) {
			assertThat(new Http(port).get("/blog/" + article.slug()).status()).isEqualTo(200);
		}
		assertThat(recorded.statements()).as("a hot article page costs no database query")
			.noneMatch(statement -> statement.sql().contains("article"));
	}

	private long articleLoads(String slug) {
		return recorded.statements()
			.stream()
			.filter(statement -> statement.sql().contains("a.slug = ?") && statement.parameters().contains(slug))
			.count();
	}

}
