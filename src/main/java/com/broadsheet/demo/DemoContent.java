package com.broadsheet.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.broadsheet.content.ArticleDraft;
import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.content.TermDraft;
import com.broadsheet.content.TermKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.Yaml;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads {@code demo/catalog.yml} and {@code demo/articles/*.md} through the same content
 * API an editor uses, but only into an empty database: a site with content of its own is
 * never touched. Instances starting together serialize on an advisory lock.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
@ConditionalOnBooleanProperty(name = "broadsheet.demo-content", matchIfMissing = true)
class DemoContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

	private static final long LOCK_KEY = 0x64656d6fL; // "demo"

	private final Taxonomy taxonomy;

	private final ArticleEditor editor;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoContent(Taxonomy taxonomy, ArticleEditor editor, JdbcClient jdbc, TransactionTemplate transaction,
			Clock clock) {
		this.taxonomy = taxonomy;
		this.editor = editor;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		List<DemoArticle> articles = articles();
		Map<String, List<Map<String, String>>> catalog = catalog();
		Integer loaded = transaction.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query((rs, row) -> null).list();
			if (!isEmpty()) {
				return 0;
			}
			catalog.get("categories").forEach(term -> create(TermKind.CATEGORY, term));
			catalog.get("authors").forEach(term -> create(TermKind.AUTHOR, term));
			Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9));
			for (DemoArticle article : articles) {
				editor.importPublished(article.draft(), today.minus(Duration.ofDays(article.daysAgo())));
			}
			return articles.size();
		});
		if (loaded != null && loaded > 0) {
			log.info("Loaded demo content: {} articles (broadsheet.demo-content=false turns this off)", loaded);
		}
	}

	private boolean isEmpty() {
		return taxonomy.list(TermKind.CATEGORY).isEmpty() && taxonomy.list(TermKind.AUTHOR).isEmpty()
				&& editor.countByStatus(null).values().stream().mapToLong(Long::longValue).sum() == 0;
	}

	private void create(TermKind kind, Map<String, String> term) {
		taxonomy.create(kind, new TermDraft(term.get("name"), term.get("slug"), term.get("description")));
	}

	private static Map<String, List<Map<String, String>>> catalog() throws IOException {
		try (InputStream in = new PathMatchingResourcePatternResolver().getResource("classpath:demo/catalog.yml")
			.getInputStream()) {
			return new Yaml().load(in);
		}
	}

	static List<DemoArticle> articles() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/articles/*.md");
		return Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).map(DemoContent::read).toList();
	}

	private static DemoArticle read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return DemoArticle.parse(file.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read demo article " + file.getFilename(), ex);
		}
	}

}
