package com.broadsheet.support;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Which compiled test classes Surefire and Failsafe run, worked out from the
 * {@code <includes>} and {@code <excludes>} that {@code pom.xml} gives them (or their
 * defaults), so that a test class whose name no pattern matches is found instead of
 * silently never running. Patterns are Ant-style paths of the class file, as the plugins
 * match them; a configuration this class cannot evaluate (regular expressions, include
 * files, {@code <test>}) is refused rather than guessed.
 */
final class TestSelection {

	/** Surefire's includes when none are configured. */
	static final List<String> SUREFIRE_DEFAULT_INCLUDES = List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java",
			"**/*TestCase.java");

	/** Failsafe's includes when none are configured. */
	static final List<String> FAILSAFE_DEFAULT_INCLUDES = List.of("**/IT*.java", "**/*IT.java", "**/*ITCase.java");

	/** Both plugins' excludes when none are configured: nested classes. */
	static final List<String> DEFAULT_EXCLUDES = List.of("**/*$*");

	private static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.jupiter.api.Test",
			"org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.api.RepeatedTest",
			"org.junit.jupiter.api.TestFactory", "org.junit.jupiter.api.TestTemplate", "net.jqwik.api.Property",
			"net.jqwik.api.Example", "com.code_intelligence.jazzer.junit.FuzzTest");

	private static final String TESTABLE = "org.junit.platform.commons.annotation.Testable";

	private final List<Run> runs;

	private TestSelection(List<Run> runs) {
		this.runs = runs;
	}

	/** One execution of Surefire or Failsafe: the class files it picks. */
	record Run(String plugin, List<Pattern> includes, List<Pattern> excludes) {

		boolean picks(String classFile) {
			String path = withoutSuffix(classFile);
			return includes.stream().anyMatch(p -> p.matcher(path).matches())
					&& excludes.stream().noneMatch(p -> p.matcher(path).matches());
		}

	}

	static TestSelection fromPom(Path pom) {
		try {
			Element project = DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.parse(pom.toFile())
				.getDocumentElement();
			List<Run> runs = new ArrayList<>();
			Element build = child(project, "build");
			for (Element plugin : children(child(build, "plugins"), "plugin")) {
				String artifact = text(child(plugin, "artifactId"));
				if ("maven-surefire-plugin".equals(artifact)) {
					runs.addAll(runs(artifact, plugin, SUREFIRE_DEFAULT_INCLUDES));
				}
				else if ("maven-failsafe-plugin".equals(artifact)) {
					runs.addAll(runs(artifact, plugin, FAILSAFE_DEFAULT_INCLUDES));
				}
			}
			if (runs.stream().noneMatch(run -> run.plugin().equals("maven-surefire-plugin"))) {
				// Not configured in the POM: the default execution with the defaults.
				runs.add(new Run("maven-surefire-plugin", patterns(SUREFIRE_DEFAULT_INCLUDES),
						patterns(DEFAULT_EXCLUDES)));
			}
			return new TestSelection(runs);
		}
		catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException ex) {
			throw new IllegalStateException("Cannot read " + pom, ex);
		}
	}

	/** Whether some execution of either plugin runs the class in this class file. */
	boolean runs(String classFile) {
		return runs.stream().anyMatch(run -> run.picks(classFile));
	}

	/**
	 * The classes under {@code classes} that hold tests but that no execution runs, by
	 * name.
	 */
	List<String> notRun(Path classes, ClassLoader loader) {
		return testClasses(classes, loader).stream().filter(file -> !runs(file)).map(TestSelection::className).toList();
	}

	/** The class files (relative, with {@code /}) of concrete classes holding tests. */
	static List<String> testClasses(Path classes, ClassLoader loader) {
		try (Stream<Path> files = Files.walk(classes)) {
			return files.filter(file -> file.toString().endsWith(".class"))
				.map(file -> classes.relativize(file).toString().replace('\\', '/'))
				.filter(file -> holdsTests(load(className(file), loader)))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list " + classes, ex);
		}
	}

	private static List<Run> runs(String plugin, Element declaration, List<String> defaultIncludes) {
		Element common = child(declaration, "configuration");
		refuseWhatCannotBeEvaluated(plugin, common);
		List<Run> runs = new ArrayList<>();
		boolean defaultTestConfigured = false;
		for (Element execution : children(child(declaration, "executions"), "execution")) {
			defaultTestConfigured |= "default-test".equals(text(child(execution, "id")));
			List<String> goals = children(child(execution, "goals"), "goal").stream().map(TestSelection::text).toList();
			if (!goals.contains("test") && !goals.contains("integration-test")) {
				continue;
			}
			Element own = child(execution, "configuration");
			refuseWhatCannotBeEvaluated(plugin, own);
			runs.add(run(plugin, own, common, defaultIncludes));
		}
		if (plugin.equals("maven-surefire-plugin") && !defaultTestConfigured) {
			// The default-test execution, configured by the plugin-level configuration.
			runs.add(run(plugin, null, common, defaultIncludes));
		}
		return runs;
	}

	private static Run run(String plugin, Element own, Element common, List<String> defaultIncludes) {
		if ("true".equals(text(first(own, common, "skipTests"))) || "true".equals(text(first(own, common, "skip")))) {
			return new Run(plugin, List.of(), List.of());
		}
		List<String> includes = list(first(own, common, "includes"), "include");
		List<String> excludes = list(first(own, common, "excludes"), "exclude");
		return new Run(plugin, patterns(includes.isEmpty() ? defaultIncludes : includes),
				patterns(excludes.isEmpty() ? DEFAULT_EXCLUDES : excludes));
	}

	private static void refuseWhatCannotBeEvaluated(String plugin, Element configuration) {
		for (String element : List.of("includesFile", "excludesFile", "test", "groups", "excludedGroups")) {
			if (child(configuration, element) != null) {
				throw new IllegalStateException(plugin + " is configured with <" + element
						+ ">, which TestSelection cannot evaluate: teach it, or configure the plugin differently");
			}
		}
	}

	private static List<Pattern> patterns(List<String> antPatterns) {
		return antPatterns.stream().map(TestSelection::pattern).toList();
	}

	/** An Ant-style path pattern ({@code **}, {@code *}, {@code ?}) as a regex. */
	static Pattern pattern(String ant) {
		if (ant.startsWith("%regex[") || ant.contains("#")) {
			throw new IllegalStateException(
					"Pattern '" + ant + "' is not an Ant-style path: TestSelection cannot " + "evaluate it");
		}
		String path = withoutSuffix(ant.strip().replace('\\', '/')).replace('.', '/');
		if (!path.contains("/")) {
			path = "**/" + path;
		}
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (path.startsWith("**/", i)) {
				regex.append("(?:.*/)?");
				i += 2;
			}
			else if (path.startsWith("**", i)) {
				regex.append(".*");
				i += 1;
			}
			else if (c == '*') {
				regex.append("[^/]*");
			}
			else if (c == '?') {
				regex.append("[^/]");
			}
			else {
				regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString());
	}

	private static String withoutSuffix(String path) {
		for (String suffix : List.of(".java", ".class")) {
			if (path.endsWith(suffix)) {
				return path.substring(0, path.length() - suffix.length());
			}
		}
		return path;
	}

	private static String className(String classFile) {
		return withoutSuffix(classFile).replace('/', '.');
	}

	private static Class<?> load(String name, ClassLoader loader) {
		try {
			return Class.forName(name, false, loader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new IllegalStateException("Cannot load test class " + name, ex);
		}
	}

	/** A concrete class with a test method of its own or inherited. */
	static boolean holdsTests(Class<?> type) {
		if (type.isInterface() || type.isAnnotation() || Modifier.isAbstract(type.getModifiers())) {
			return false;
		}
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			for (Method method : current.getDeclaredMethods()) {
				for (Annotation annotation : method.getAnnotations()) {
					if (marksATest(annotation.annotationType(), new HashSet<>())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean marksATest(Class<? extends Annotation> type, Set<Class<?>> seen) {
		if (!seen.add(type)) {
			return false;
		}
		if (TEST_ANNOTATIONS.contains(type.getName()) || TESTABLE.equals(type.getName())) {
			return true;
		}
		for (Annotation meta : type.getAnnotations()) {
			if (marksATest(meta.annotationType(), seen)) {
				return true;
			}
		}
		return false;
	}

	private static Element first(Element own, Element common, String name) {
		Element value = child(own, name);
		return (value != null) ? value : child(common, name);
	}

	private static List<String> list(Element parent, String name) {
		return children(parent, name).stream().map(TestSelection::text).toList();
	}

	private static Element child(Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? null : found.getFirst();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		if (parent != null) {
			for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
				if (node instanceof Element element && element.getTagName().equals(name)) {
					found.add(element);
				}
			}
		}
		return found;
	}

	private static String text(Element element) {
		return (element != null) ? element.getTextContent().strip() : null;
	}

}
