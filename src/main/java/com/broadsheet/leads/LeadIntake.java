package com.broadsheet.leads;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Validator;

import com.broadsheet.content.ArticleCatalog;
import com.broadsheet.content.ArticleDetail;
import com.broadsheet.web.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts leads. A lead is valid, stored and announced ({@link LeadCreated}) in one
 * transaction, or rejected with every problem named and nothing stored.
 */
@Service
public class LeadIntake {

	/** How long the same e-mail address and message count as one lead. */
	static final java.time.Duration DUPLICATE_WINDOW = java.time.Duration.ofMinutes(10);

	private final Leads leads;

	private final ArticleCatalog catalog;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeadIntake(Leads leads, ArticleCatalog catalog, Validator validator, ApplicationEventPublisher events,
			Clock clock) {
		this.leads = leads;
		this.catalog = catalog;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @return the stored lead
	 * @throws InvalidInput (422) naming each invalid field; nothing is stored
	 */
	@Transactional
	public Lead submit(LeadSubmission submission, LeadSource source) {
		var violations = validator.validate(submission);
		if (!violations.isEmpty()) {
			throw InvalidInput.from(violations);
		}
		ArticleDetail article = null;
		if (submission.article() != null && !submission.article().isBlank()) {
			article = catalog.article(submission.article().strip())
				.orElseThrow(() -> InvalidInput.of("article", "Unknown article."));
		}
		// The same person sending the same message again (a double click, a retry, a bot
		// replaying a form) gets the lead already taken, and nobody is notified twice.
		var duplicate = leads.findDuplicate(submission.email().strip(), submission.message().strip(),
				clock.instant().minus(DUPLICATE_WINDOW));
		if (duplicate.isPresent()) {
			return duplicate.get();
		}
		Lead lead = new Lead(UUID.randomUUID(), submission.name().strip(), submission.email().strip(),
				blankToNull(submission.company()), submission.message().strip(), true, source,
				article == null ? null : article.slug(), article == null ? null : article.title(), clock.instant());
		leads.insert(lead, article == null ? null : article.id());
		events.publishEvent(new LeadCreated(lead.id(), source, lead.articleSlug(), lead.createdAt()));
		return lead;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
