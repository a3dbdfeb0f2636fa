package com.broadsheet.content;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.broadsheet.web.InvalidInput;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.FreshDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The content module on its own (with the platform it stands on), on a fresh database.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ContextConfiguration(initializers = FreshDatabase.class)
@TestPropertySource(properties = "broadsheet.scheduler-polling-interval=200ms")
class ArticleLifecycleTests {

	@Autowired
	ArticleEditor editor;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	Taxonomy taxonomy;

	ArticleFixtures fixtures() {
		return new ArticleFixtures(editor, taxonomy);
	}

	Term category() {
		return fixtures().term(TermKind.CATEGORY, "Lifecycle");
	}

	Term author() {
		return fixtures().term(TermKind.AUTHOR, "Lifecycle Author");
	}

	@Test
	void publishingAnnouncesArticlePublishedWithWhereItAppears(Scenario scenario) {
		Term category = category();
		Term author = author();
		ArticleView draft = fixtures().draftArticle().in(category.slug()).by(author.slug()).withTags("Events").create();
		scenario.stimulate(() -> editor.publish(draft.id()))
			.andWaitForEventOfType(ArticlePublished.class)
			.matching(event -> event.articleId() == draft.id())
			.toArriveAndVerify(event -> {
				assertThat(event.listing())
					.isEqualTo(new ArticleListing(draft.slug(), category.slug(), author.slug(), List.of("events")));
				assertThat(event.publishedAt()).isNotNull();
			});
	}

	@Test
	void publishingTwiceIsRefused() {
		Term category = category();
		Term author = author();
		ArticleView article = fixtures().publishedArticle().in(category.slug()).by(author.slug()).create();
		assertThatThrownBy(() -> editor.publish(article.id())).isInstanceOf(ArticleStateConflict.class);
	}

	@Test
	void updatingAPublishedArticleAnnouncesOldAndNewPlaces(Scenario scenario) {
		Term from = category();
		Term to = category();
		Term author = author();
		ArticleView article = fixtures().publishedArticle().in(from.slug()).by(author.slug()).create();
		ArticleDraft moved = new ArticleDraft(article.title(), "moved-" + article.slug(), article.summary(),
				article.bodyMarkdown(), to.slug(), author.slug(), List.of());
		scenario.stimulate(() -> editor.update(article.id(), moved))
			.andWaitForEventOfType(ArticleUpdated.class)
			.matching(event -> event.articleId() == article.id())
			.toArriveAndVerify(event -> {
				assertThat(event.listing().slug()).isEqualTo("moved-" + article.slug());
				assertThat(event.listing().category()).isEqualTo(to.slug());
				assertThat(event.previous().slug()).isEqualTo(article.slug());
				assertThat(event.previous().category()).isEqualTo(from.slug());
			});
	}

	@Test
	void unpublishingAnnouncesArticleUnpublished(Scenario scenario) {
		ArticleView article = fixtures().publishedArticle().in(category().slug()).by(author().slug()).create();
		scenario.stimulate(() -> editor.unpublish(article.id()))
			.andWaitForEventOfType(ArticleUnpublished.class)
			.matching(event -> event.articleId() == article.id())
			.toArriveAndVerify(event -> assertThat(event.listing().slug()).isEqualTo(article.slug()));
		assertThat(catalog.article(article.slug())).isEmpty();
	}

	@Test
	void keepsDenormalizedCountsAndTagListsCorrect() {
		Term category = category();
		Term other = category();
		Term author = author();
		String tag = "count-" + ArticleFixtures.unique();
		ArticleView one = fixtures().publishedArticle().in(category.slug()).by(author.slug()).withTags(tag).create();
		fixtures().publishedArticle().in(category.slug()).by(author.slug()).withTags(tag).create();
		fixtures().draftArticle().in(category.slug()).by(author.slug()).withTags(tag).create();
		assertThat(taxonomy.get(TermKind.CATEGORY, category.slug()).publishedCount()).isEqualTo(2);
		assertThat(taxonomy.get(TermKind.AUTHOR, author.slug()).publishedCount()).isEqualTo(2);
		assertThat(taxonomy.get(TermKind.TAG, tag).publishedCount()).isEqualTo(2);

		editor.update(one.id(), new ArticleDraft(one.title(), one.slug(), one.summary(), one.bodyMarkdown(),
				other.slug(), author.slug(), List.of()));
		assertThat(taxonomy.get(TermKind.CATEGORY, category.slug()).publishedCount()).isEqualTo(1);
		assertThat(taxonomy.get(TermKind.CATEGORY, other.slug()).publishedCount()).isEqualTo(1);
		assertThat(taxonomy.get(TermKind.TAG, tag).publishedCount()).isEqualTo(1);

		editor.unpublish(one.id());
		assertThat(taxonomy.get(TermKind.CATEGORY, other.slug()).publishedCount()).isZero();
		assertThat(taxonomy.get(TermKind.AUTHOR, author.slug()).publishedCount()).isEqualTo(1);
	}

	@Test
	void renamingATagUpdatesTheTagListStoredOnArticles() {
		String tag = "rename-" + ArticleFixtures.unique();
		ArticleView article = fixtures().publishedArticle()
			.in(category().slug())
			.by(author().slug())
			.withTags("first", tag, "last")
			.create();
		Term term = taxonomy.get(TermKind.TAG, tag);
		taxonomy.update(TermKind.TAG, term.id(), new TermDraft("Renamed Tag", tag + "-renamed", null));
		assertThat(catalog.article(article.slug()).orElseThrow().tags()).containsExactly(new TagRef("first", "first"),
				new TagRef(tag + "-renamed", "Renamed Tag"), new TagRef("last", "last"));
	}

	@Test
	void storesRenderedSanitizedHtmlAndReadingTime() {
		String body = ("word ".repeat(1700)) + "\n\n<img src=x onerror=alert(1)> [x](javascript:alert(1))";
		ArticleView article = fixtures().publishedArticle()
			.in(category().slug())
			.by(author().slug())
			.withBody(body)
			.create();
		ArticleDetail detail = catalog.article(article.slug()).orElseThrow();
		assertThat(detail.readingMinutes()).isEqualTo(9);
		assertThat(detail.bodyHtml()).doesNotContain("<img").doesNotContain("javascript:").contains("&lt;img");
	}

	@Test
	void rejectsInvalidDraftsNamingEachField() {
		assertThatThrownBy(
				() -> editor.create(new ArticleDraft("", "Bad Slug!", "", "", "no-such", "no-such", List.of())))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).extracting("field")
				.contains("title", "summary", "bodyMarkdown"));
		Term category = category();
		assertThatThrownBy(() -> editor
			.create(new ArticleDraft("T", "Bad Slug!", "S", "B", category.slug(), author().slug(), List.of())))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.messageFor("slug")).contains("lower-case"));
	}

	@Test
	void slugIsDerivedFromTheTitleAndMustBeUnique() {
		Term category = category();
		Term author = author();
		String title = "Café Über Straße " + ArticleFixtures.unique();
		ArticleView article = editor
			.create(new ArticleDraft(title, null, "s", "b", category.slug(), author.slug(), List.of()));
		assertThat(article.slug()).startsWith("cafe-uber-strasse-");
		assertThatThrownBy(
				() -> editor.create(new ArticleDraft(title, null, "s", "b", category.slug(), author.slug(), List.of())))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.messageFor("slug")).contains("already used"));
	}

	@Test
	void schedulingNeedsAFutureTime() {
		ArticleView draft = fixtures().draftArticle().in(category().slug()).by(author().slug()).create();
		assertThatThrownBy(() -> editor.schedule(draft.id(), Instant.now().minus(1, ChronoUnit.MINUTES)))
			.isInstanceOf(InvalidInput.class);
		ArticleView scheduled = editor.schedule(draft.id(), Instant.now().plus(1, ChronoUnit.DAYS));
		assertThat(scheduled.status()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(editor.unpublish(draft.id()).status()).isEqualTo(ArticleStatus.DRAFT);
	}

}
