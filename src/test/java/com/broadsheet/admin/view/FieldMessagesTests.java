package com.broadsheet.admin.view;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldMessagesTests {

	@Test
	void aPredicateGetsTheFieldsLabelAndASentenceStandsAlone() {
		assertThat(FieldMessages.sentence("Title", "is required")).isEqualTo("Title is required.");
		assertThat(FieldMessages.sentence("Password",
				"This password is one of the first that attackers try; choose another."))
			.isEqualTo("This password is one of the first that attackers try; choose another.");
		assertThat(FieldMessages.sentence("Slug", "must be lower-case letters, digits and single hyphens."))
			.isEqualTo("Slug must be lower-case letters, digits and single hyphens.");
		assertThat(FieldMessages.sentence("Title", null)).isNull();
	}

}
