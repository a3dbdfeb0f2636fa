package com.broadsheet.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void foldsAccentsAndCollapsesSeparators() {
		assertThat(Slugs.slugify("  Hello, World!  ")).isEqualTo("hello-world");
		assertThat(Slugs.slugify("Crème brûlée — à la carte")).isEqualTo("creme-brulee-a-la-carte");
		assertThat(Slugs.slugify("Straße")).isEqualTo("strasse");
		assertThat(Slugs.slugify("!!!")).isEmpty();
	}

	@Test
	void capsTheLengthWithoutATrailingHyphen() {
		String slug = Slugs.slugify("word ".repeat(40));
		assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
		assertThat(slug).doesNotEndWith("-");
		assertThat(Slugs.isValid(slug)).isTrue();
	}

	@Test
	void validatesSlugs() {
		assertThat(Slugs.isValid("a-b-1")).isTrue();
		assertThat(Slugs.isValid("A-b")).isFalse();
		assertThat(Slugs.isValid("a--b")).isFalse();
		assertThat(Slugs.isValid("-a")).isFalse();
		assertThat(Slugs.isValid("")).isFalse();
		assertThat(Slugs.isValid(null)).isFalse();
	}

}
