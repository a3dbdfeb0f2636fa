package com.broadsheet.support;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A missing program skips the test that needs it on a laptop, and fails it where
 * {@code BROADSHEET_TEST_REQUIRE_ALL} is set (scripts/test, CI).
 */
class ToolsTests {

	@Test
	void findsAnInstalledProgram() {
		assertThat(Tools.require("sh", "dash", true)).isExecutable();
	}

	@Test
	void aMissingProgramSkipsTheTestWithTheReason() {
		assertThatThrownBy(() -> Tools.require("no-such-program-bs", "no-such-package", false))
			.isInstanceOf(TestAbortedException.class)
			.hasMessageContaining("no-such-program-bs is not installed (apt-get install no-such-package");
	}

	@Test
	void aMissingProgramFailsTheTestWhenEverythingIsRequired() {
		assertThatThrownBy(() -> Tools.require("no-such-program-bs", "no-such-package", true))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("no-such-program-bs is not installed")
			.hasMessageContaining("BROADSHEET_TEST_REQUIRE_ALL");
	}

}
