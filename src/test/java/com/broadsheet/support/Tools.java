package com.broadsheet.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * Programs some tests drive (Chromium, HAProxy, nginx, psql...). When one is missing the
 * test is skipped with the reason, unless {@code BROADSHEET_TEST_REQUIRE_ALL} is set
 * ({@code scripts/test}, CI), where a missing program fails it: CI can never go green by
 * skipping.
 */
public final class Tools {

	private Tools() {
	}

	/**
	 * Returns the program's path, or skips (fails under
	 * {@code BROADSHEET_TEST_REQUIRE_ALL}) the calling test when it is not installed.
	 * @param command the program, looked up on the {@code PATH} (and the sbin
	 * directories, where Debian puts daemons)
	 * @param debianPackage what installs it
	 */
	public static Path require(String command, String debianPackage) {
		return require(command, debianPackage, TestEnvironment.requireAll());
	}

	/** Like {@link #require(String, String)}, for a program at a fixed path. */
	public static Path requireFile(String path, String debianPackage) {
		Path file = Path.of(path);
		return Files.isExecutable(file) ? file : missing(path, debianPackage, TestEnvironment.requireAll());
	}

	static Path require(String command, String debianPackage, boolean requireAll) {
		return find(command).orElseGet(() -> missing(command, debianPackage, requireAll));
	}

	static java.util.Optional<Path> find(String command) {
		List<String> directories = new ArrayList<>(
				List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
		directories.addAll(List.of("/usr/local/sbin", "/usr/sbin", "/sbin"));
		return directories.stream()
			.filter(directory -> !directory.isBlank())
			.map(directory -> Path.of(directory, command))
			.filter(Files::isExecutable)
			.findFirst();
	}

	private static Path missing(String program, String debianPackage, boolean requireAll) {
		String reason = program + " is not installed (apt-get install " + debianPackage + "; scripts/test does)";
		if (requireAll) {
			throw new IllegalStateException(reason + "; BROADSHEET_TEST_REQUIRE_ALL is set, so this cannot be skipped");
		}
		return Assumptions.abort(reason);
	}

}
