package com.broadsheet.support;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test class is run by Surefire or Failsafe: a class with {@code @Test},
 * {@code @Property}, {@code @FuzzTest}... methods whose name no include pattern in
 * {@code pom.xml} matches would compile and never run (as {@code InputProperties} and
 * {@code SanitizerProperties} did). The patterns are read from {@code pom.xml}, so the
 * check follows any change to them.
 */
class EveryTestRunsTests {

	static final Path POM = Path.of(System.getProperty("user.dir"), "pom.xml");

	@Test
	void everyTestClassIsRunBySurefireOrFailsafe() throws URISyntaxException {
		TestSelection selection = TestSelection.fromPom(POM);
		Path testClasses = Path
			.of(EveryTestRunsTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<String> found = TestSelection.testClasses(testClasses, getClass().getClassLoader());
		assertThat(found).as("the scan sees unit, property and cluster tests")
			.contains("com/broadsheet/support/EveryTestRunsTests.class",
					"com/broadsheet/platform/InputPropertiesTests.class", "com/broadsheet/cluster/ClusterTests.class");
		assertThat(selection.notRun(testClasses, getClass().getClassLoader()))
			.as("test classes that neither Surefire nor Failsafe runs (name them ...Tests, "
					+ "or change the <includes> in pom.xml)")
			.isEmpty();
	}

	@Test
	void reportsATestClassThatNoIncludePatternMatches(@TempDir Path classes) throws IOException {
		Path sources = Files.createDirectories(classes.resolve("src/com/example"));
		Files.writeString(sources.resolve("FooCheck.java"), """
				package com.example;
				class FooCheck {
					@org.junit.jupiter.api.Test
					void checksSomething() {
					}
				}
				""");
		Files.writeString(sources.resolve("FooTests.java"), """
				package com.example;
				class FooTests {
					@net.jqwik.api.Property
					boolean holds(@net.jqwik.api.ForAll int any) {
						return true;
					}
				}
				""");
		Files.writeString(sources.resolve("FooFixture.java"), """
				package com.example;
				class FooFixture {
					void notATest() {
					}
				}
				""");
		Path output = Files.createDirectories(classes.resolve("classes"));
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		int status = javac.run(null, null, null, "-d", output.toString(), "-cp", System.getProperty("java.class.path"),
				sources.resolve("FooCheck.java").toString(), sources.resolve("FooTests.java").toString(),
				sources.resolve("FooFixture.java").toString());
		assertThat(status).as("javac").isZero();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { output.toUri().toURL() },
				getClass().getClassLoader())) {
			TestSelection selection = TestSelection.fromPom(POM);
			assertThat(TestSelection.testClasses(output, loader)).containsExactly("com/example/FooCheck.class",
					"com/example/FooTests.class");
			assertThat(selection.notRun(output, loader)).containsExactly("com.example.FooCheck");
		}
	}

	@Test
	void readsThePatternsAsTheBuildPluginsDo() {
		TestSelection selection = TestSelection.fromPom(POM);
		assertThat(selection.runs("com/broadsheet/caching/HttpCachingTests.class")).isTrue();
		assertThat(selection.runs("com/broadsheet/cluster/ClusterTests.class")).as("by Failsafe").isTrue();
		assertThat(selection.runs("com/broadsheet/cluster/sub/ClusterTests.class")).isFalse();
		assertThat(selection.runs("com/broadsheet/platform/InputProperties.class")).isFalse();
		assertThat(TestSelection.pattern("**/*Tests.java").matcher("FooTests").matches()).isTrue();
		assertThat(TestSelection.pattern("com/broadsheet/cluster/**").matcher("com/broadsheet/cluster/a/B").matches())
			.isTrue();
	}

}
