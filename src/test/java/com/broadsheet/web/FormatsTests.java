package com.broadsheet.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	@Test
	void countsInTheSingularForOneOnly() {
		assertThat(Formats.count(1, "lead", "leads")).isEqualTo("1 lead");
		assertThat(Formats.count(0, "lead", "leads")).isEqualTo("0 leads");
		assertThat(Formats.count(2, "lead", "leads")).isEqualTo("2 leads");
	}

}
