package com.broadsheet.site;

import com.broadsheet.content.ArticlePaths;
import com.broadsheet.content.ArticleCatalog;
import com.broadsheet.content.ArticleDetail;
import com.broadsheet.content.ArticleNotFound;
import com.broadsheet.leads.LeadIntake;
import com.broadsheet.leads.LeadSource;
import com.broadsheet.leads.LeadSubmission;
import com.broadsheet.web.InvalidInput;
import com.broadsheet.web.PageMeta;
import java.util.List;

import com.broadsheet.web.SiteProperties;
import com.broadsheet.content.SurrogateKeys;
import com.broadsheet.web.Templates;
import com.broadsheet.site.view.ContactPage;
import com.broadsheet.site.view.LeadForm;
import com.broadsheet.site.view.ThankYouPage;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The "let's talk" forms under articles and on the contact page. A valid lead is stored
 * and answered with a redirect (POST-redirect-GET); an invalid one shows the same page
 * again with the errors inline and status 422.
 */
@Controller
class LeadForms {

	private final LeadIntake intake;

	private final ArticleCatalog catalog;

	/** No person fills in and sends the form faster than this after it was rendered. */
	/** The lead form under an article posts to the article's path plus this. */
	static final String LEADS = "/leads";

	static final java.time.Duration MINIMUM_TIME_TO_SUBMIT = java.time.Duration.ofSeconds(2);

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LeadForms.class);

	private final Blog blog;

	private final Templates templates;

	private final SiteProperties site;

	LeadForms(LeadIntake intake, ArticleCatalog catalog, Blog blog, Templates templates, SiteProperties site) {
		this.intake = intake;
		this.catalog = catalog;
		this.blog = blog;
		this.templates = templates;
		this.site = site;
	}

	static String articleAction(String slug) {
		return ArticlePaths.of(slug) + LEADS;
	}

	/**
	 * Spam that real people never produce: the honeypot field filled in, or the form sent
	 * faster than anyone can type ({@code elapsed}: milliseconds between showing the form
	 * and sending it, measured by {@code /js/site.js} in the browser, so the cached page
	 * stays the same for everyone). Answered exactly like a success, so a bot learns
	 * nothing, and not stored.
	 */
	private boolean looksAutomated(String honeypot, String elapsed) {
		if (honeypot != null && !honeypot.isBlank()) {
			log.info("Lead form submission dropped: honeypot filled in");
			return true;
		}
		if (elapsed != null && elapsed.matches("\\d{1,9}")
				&& Long.parseLong(elapsed) < MINIMUM_TIME_TO_SUBMIT.toMillis()) {
			log.info("Lead form submission dropped: sent faster than a person can type");
			return true;
		}
		return false;
	}

	@PostMapping(ArticlePaths.PATTERN + LEADS)
	ResponseEntity<byte[]> fromArticle(@PathVariable String slug, @RequestParam(required = false) String name,
			@RequestParam(required = false) String email, @RequestParam(required = false) String company,
			@RequestParam(required = false) String message, @RequestParam(required = false) String consent,
			@RequestParam(required = false) String website, @RequestParam(required = false) String elapsed) {
		ArticleDetail article = catalog.article(slug).orElseThrow(() -> new ArticleNotFound(slug));
		if (looksAutomated(website, elapsed)) {
			return seeOther(UriComponentsBuilder.fromPath("/thank-you").queryParam("from", slug).build().toUriString());
		}
		LeadSubmission submission = new LeadSubmission(name, email, company, message, consent != null, slug);
		try {
			intake.submit(submission, LeadSource.ARTICLE);
			return seeOther(UriComponentsBuilder.fromPath("/thank-you").queryParam("from", slug).build().toUriString());
		}
		catch (InvalidInput invalid) {
			return blog.articlePage(article, new LeadForm(articleAction(slug), submission, invalid),
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
	}

	@GetMapping("/contact")
	ResponseEntity<byte[]> contact() {
		return contactPage(LeadForm.blank("/contact"), HttpStatus.OK);
	}

	@PostMapping("/contact")
	ResponseEntity<byte[]> fromContactPage(@RequestParam(required = false) String name,
			@RequestParam(required = false) String email, @RequestParam(required = false) String company,
			@RequestParam(required = false) String message, @RequestParam(required = false) String consent,
			@RequestParam(required = false) String website, @RequestParam(required = false) String elapsed) {
		if (looksAutomated(website, elapsed)) {
			return seeOther("/thank-you");
		}
		LeadSubmission submission = new LeadSubmission(name, email, company, message, consent != null, null);
		try {
			intake.submit(submission, LeadSource.CONTACT);
			return seeOther("/thank-you");
		}
		catch (InvalidInput invalid) {
			return contactPage(new LeadForm("/contact", submission, invalid), HttpStatus.UNPROCESSABLE_CONTENT);
		}
	}

	@GetMapping("/thank-you")
	ResponseEntity<byte[]> thankYou(@RequestParam(required = false) String from) {
		ArticleDetail article = from == null ? null : catalog.article(from).orElse(null);
		PageMeta meta = PageMeta.website(site, "Thank you", "We will be in touch shortly.", "/thank-you").notIndexed();
		return templates.publicPage("site/thank-you.jte",
				new ThankYouPage(meta, article == null ? null : article.slug(),
						article == null ? null : article.title()),
				article == null ? List.of(SurrogateKeys.STATIC)
						: List.of(SurrogateKeys.STATIC, SurrogateKeys.article(article.slug())));
	}

	private ResponseEntity<byte[]> contactPage(LeadForm form, HttpStatus status) {
		PageMeta meta = PageMeta.website(site, "Let's talk",
				"Tell us about your project and we will get back to you within one business day.", "/contact");
		if (status == HttpStatus.OK) {
			return templates.publicPage("site/contact.jte", new ContactPage(meta, form), List.of(SurrogateKeys.STATIC));
		}
		return templates.page(status, "site/contact.jte", new ContactPage(meta, form));
	}

	private static ResponseEntity<byte[]> seeOther(String location) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", location).build();
	}

}
