package com.broadsheet.observability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogMaskingTests {

	@Test
	void masksEveryEmailAddressAndLeavesTheRest() {
		assertThat(LogMasking.mask("Mail to jane.doe+sales@example.co.uk failed; cc: Bob@Example.com."))
			.isEqualTo("Mail to j***@example.co.uk failed; cc: B***@Example.com.");
		assertThat(LogMasking.mask("Invalid Addresses: <zoë@bücher.example>"))
			.isEqualTo("Invalid Addresses: <z***@bücher.example>");
		assertThat(LogMasking.mask("GET /blog/a-b 200 3ms")).isEqualTo("GET /blog/a-b 200 3ms");
		assertThat(LogMasking.mask("user@localhost")).as("not an address with a domain").isEqualTo("user@localhost");
		assertThat(LogMasking.mask(null)).isNull();
	}

	@Test
	void showsOnlyTheAddressItWasToldToAndOnlyWhileTheLinesAreLogged() {
		String[] inside = new String[1];
		LogMasking.showing("admin@broadsheet.local", () -> inside[0] = LogMasking
			.mask("e-mail: admin@broadsheet.local, not jane@example.com nor admin@example.com"));
		assertThat(inside[0]).isEqualTo("e-mail: admin@broadsheet.local, not j***@example.com nor a***@example.com");
		assertThat(LogMasking.mask("e-mail: admin@broadsheet.local")).as("after it, masked again")
			.isEqualTo("e-mail: a***@broadsheet.local");
	}

}
