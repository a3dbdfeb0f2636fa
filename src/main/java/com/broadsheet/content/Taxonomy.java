package com.broadsheet.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

import com.broadsheet.web.InvalidInput;
import com.broadsheet.content.Slugs;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes categories, tags and authors. */
@Service
@Transactional(readOnly = true)
public class Taxonomy {

	private final Terms terms;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	Taxonomy(Terms terms, Validator validator, ApplicationEventPublisher events) {
		this.terms = terms;
		this.validator = validator;
		this.events = events;
	}

	/** All terms of a kind, by name. */
	public List<Term> list(TermKind kind) {
		return terms.all(kind);
	}

	public Optional<Term> find(TermKind kind, String slug) {
		return Slugs.isValid(slug) ? terms.bySlug(kind, slug) : Optional.empty();
	}

	/**
	 * @throws TermNotFound if there is none
	 */
	public Term get(TermKind kind, String slug) {
		return find(kind, slug).orElseThrow(() -> new TermNotFound(kind, slug));
	}

	/**
	 * @throws TermNotFound if there is none
	 */
	public Term get(TermKind kind, long id) {
		return terms.byId(kind, id).orElseThrow(() -> new TermNotFound(kind, id));
	}

	/**
	 * @throws InvalidInput (422) for invalid fields or a slug already in use
	 */
	@Transactional
	public Term create(TermKind kind, TermDraft draft) {
		String slug = validSlug(draft);
		try {
			long id = terms.insert(kind, slug, draft.name().strip(), text(draft));
			return get(kind, id);
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInput.of("slug", "is already used by another " + kind.label());
		}
	}

	@Transactional
	public Term update(TermKind kind, long id, TermDraft draft) {
		Term before = get(kind, id);
		String slug = validSlug(draft);
		try {
			terms.update(kind, id, slug, draft.name().strip(), text(draft));
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInput.of("slug", "is already used by another " + kind.label());
		}
		if (kind == TermKind.TAG) {
			terms.renameTagOnArticles(id, before.slug(), slug, draft.name().strip());
		}
		events.publishEvent(new TaxonomyChanged(kind, slug, before.slug()));
		return get(kind, id);
	}

	/**
	 * @throws TaxonomyInUse (409) while any article refers to the term
	 */
	@Transactional
	public void delete(TermKind kind, long id) {
		Term term = get(kind, id);
		if (terms.inUse(kind, id)) {
			throw new TaxonomyInUse("The " + kind.label() + " '" + term.name()
					+ "' still has articles; it can be deleted once no article uses it.");
		}
		terms.delete(kind, id);
		events.publishEvent(new TaxonomyChanged(kind, term.slug(), term.slug()));
	}

	/**
	 * Resolves tag slugs or names to tags, creating the missing ones (named as written).
	 * Duplicates collapse; order is kept.
	 */
	@Transactional
	List<Article.Ref> resolveTags(List<String> tags) {
		Map<String, String> bySlug = new LinkedHashMap<>();
		for (String tag : tags) {
			String slug = Slugs.slugify(tag);
			if (slug.isEmpty()) {
				throw InvalidInput.of("tags", "The tag '" + tag + "' has no letters or digits.");
			}
			bySlug.putIfAbsent(slug, tag.strip());
		}
		List<Article.Ref> refs = new ArrayList<>();
		bySlug.forEach((slug, name) -> {
			Term tag = terms.tag(slug, name);
			refs.add(new Article.Ref(tag.id(), tag.slug(), tag.name()));
		});
		return refs;
	}

	Article.Ref ref(TermKind kind, String slug, String field) {
		return find(kind, slug).map(term -> new Article.Ref(term.id(), term.slug(), term.name()))
			.orElseThrow(() -> InvalidInput.of(field, "There is no " + kind.label() + " '" + slug + "'."));
	}

	private String validSlug(TermDraft draft) {
		var violations = validator.validate(draft);
		if (!violations.isEmpty()) {
			throw InvalidInput.from(violations);
		}
		String slug = draft.slug() == null || draft.slug().isBlank() ? Slugs.slugify(draft.name())
				: draft.slug().strip();
		if (!Slugs.isValid(slug)) {
			throw InvalidInput.of("slug", "must be lower-case letters, digits and single hyphens");
		}
		return slug;
	}

	private static String text(TermDraft draft) {
		return draft.description() == null ? "" : draft.description().strip();
	}

}
