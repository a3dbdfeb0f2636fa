package com.broadsheet.platform;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import com.broadsheet.content.Slugs;
import com.broadsheet.web.InvalidRequest;
import com.broadsheet.web.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Slugs and paging parameters hold their contracts for any input (jqwik). */
class InputPropertiesTests {

	@Property(tries = 2000)
	void slugifyGivesAValidSlugOrNothing(@ForAll("text") String text) {
		String slug = Slugs.slugify(text);
		assertThat(slug.isEmpty() || Slugs.isValid(slug)).as("'%s' -> '%s'", text, slug).isTrue();
		assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
	}

	@Property(tries = 1000)
	void slugifyIsIdempotent(@ForAll("text") String text) {
		String slug = Slugs.slugify(text);
		assertThat(Slugs.slugify(slug)).isEqualTo(slug);
	}

	@Property(tries = 2000)
	void aPageParameterIsAPageOrA400(@ForAll("pageParameter") String raw) {
		try {
			PageRequest page = PageRequest.parse(raw, 12);
			assertThat(page.number()).isBetween(1, PageRequest.MAX_PAGE);
			assertThat(page.offset()).isEqualTo((page.number() - 1) * 12L);
		}
		catch (InvalidRequest expected) {
			// a 400 with a message, never anything else
			assertThat(expected.getMessage()).contains("page");
		}
	}

	@Property(tries = 500)
	void everyPageInRangeParses(@ForAll @IntRange(min = 1, max = PageRequest.MAX_PAGE) int number) {
		assertThat(PageRequest.parse(" " + number + " ", 12).number()).isEqualTo(number);
	}

	@Property(tries = 200)
	void pagesOutOfRangeAreRefused(@ForAll @IntRange(min = PageRequest.MAX_PAGE + 1) int number) {
		assertThatThrownBy(() -> PageRequest.parse(Integer.toString(number), 12)).isInstanceOf(InvalidRequest.class);
	}

	@Provide
	Arbitrary<String> text() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300),
				Arbitraries.strings().withChars("aàáâãäåßæœøłđ ÆŒØŁĐ-_.!?/\\\u200b\u202e\u0301ﬁ①").ofMaxLength(120),
				Arbitraries.strings().alpha().numeric().withChars(" -").ofMaxLength(200));
	}

	@Provide
	Arbitrary<String> pageParameter() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(12),
				Arbitraries.strings().numeric().ofMaxLength(9),
				Arbitraries.strings().withChars("0123456789٠١٢٣٤٥٦٧٨٩０１２-+ .e").ofMaxLength(8),
				Arbitraries.integers().map(Object::toString));
	}

}
