package com.broadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private static final Path SOURCES = Path.of("src/main/java/com/broadsheet");

	/** A request-mapping annotation's path: a string literal or a constant's name. */
	private static final Pattern MAPPING = Pattern.compile(
			"@(Get|Post|Put|Delete|Patch|Request)Mapping\\((?:path = |value = )?(\"[^\"]*\"|[A-Za-z.]*[A-Z_]+\\b)?");

	private static final Pattern CLASS = Pattern.compile("(?m)^(?:public |final |abstract )*class \\w+");

	private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+) = (\"[^\"]*\")");

	private static final Pattern LITERAL = Pattern.compile("\"(/[a-z0-9][^\"\\s]*)\"");

	private final ApplicationModules modules = ApplicationModules.of(BroadsheetApplication.class);

	@Test
	void modulesRespectTheirDeclaredBoundaries() {
		modules.verify();
	}

	@Test
	void everyModuleIsDetected() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.containsExactlyInAnyOrder("platform", "web", "ratelimit", "observability", "content", "leads", "identity",
					"site", "admin", "demo", "events", "caching", "operations", "notifications", "webhooks");
	}

	/**
	 * A module that knows another module's URLs as strings is coupled in a way the module
	 * graph cannot see: routes are declared by the module that serves them (its
	 * mappings), and every other module learns about them through a contribution
	 * (PublicRoutes, RateLimitRule, ProtectedRoutes, UploadRoute).
	 */
	@Test
	void noModuleSpellsAnotherModulesUrls() throws IOException {
		Map<String, Constant> constants = new HashMap<>();
		forEachSource((module, type, source) -> {
			Matcher constant = CONSTANT.matcher(source);
			while (constant.find()) {
				Constant found = new Constant(module, constant.group(2));
				constants.put(type + "." + constant.group(1), found);
				constants.putIfAbsent(constant.group(1) + "@" + type, found);
			}
		});
		Map<String, String> owners = new HashMap<>();
		forEachSource((module, type, source) -> mappedPaths(module, type, source, constants)
			.forEach((path, owner) -> owners.put(path, owner)));
		assertThat(owners).as("mappings found")
			.containsEntry("/blog", "content")
			.containsEntry("/api/v1/leads", "leads")
			.containsEntry("/api/v1/articles", "content")
			.containsEntry("/admin/articles", "admin");
		List<String> violations = new ArrayList<>();
		forEachSource((module, type, source) -> {
			Matcher literal = LITERAL.matcher(source);
			while (literal.find()) {
				String text = literal.group(1);
				String owner = owners.entrySet()
					.stream()
					.filter(owned -> text.equals(owned.getKey()) || text.startsWith(owned.getKey() + "/"))
					.max(Map.Entry.comparingByKey(Comparator.comparingInt(String::length)))
					.map(Map.Entry::getValue)
					.orElse(module);
				if (!owner.equals(module)) {
					violations.add(module + " spells " + owner + "'s URL " + text);
				}
			}
		});
		assertThat(violations).isEmpty();
	}

	/** A string constant and the module that declares it. */
	private record Constant(String module, String literal) {
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

	/**
	 * The paths a controller maps, each up to its first variable (the class-level
	 * {@code @RequestMapping} joined with each method's mapping), and who owns each: the
	 * controller's module, or the module whose constant the mapping uses.
	 */
	private static Map<String, String> mappedPaths(String module, String type, String source,
			Map<String, Constant> constants) {
		Matcher declaration = CLASS.matcher(source);
		int classAt = declaration.find() ? declaration.start() : 0;
		Constant prefix = new Constant(module, "\"\"");
		Map<String, String> paths = new HashMap<>();
		Matcher mapping = MAPPING.matcher(source);
		while (mapping.find()) {
			Constant value = value(mapping.group(2), module, type, constants);
			if (mapping.start() < classAt) {
				prefix = value;
				continue;
			}
			String owner = value.literal().equals("\"\"") ? prefix.module() : value.module();
			paths.put(unquote(prefix.literal()) + unquote(value.literal()), owner);
		}
		if (paths.isEmpty() && !unquote(prefix.literal()).isEmpty()) {
			paths.put(unquote(prefix.literal()), prefix.module());
		}
		Map<String, String> trimmed = new HashMap<>();
		paths.forEach((path, owner) -> {
			String stem = path.replaceAll("\\{.*", "").replaceAll("/$", "");
			if (stem.length() > 1) {
				trimmed.put(stem, owner);
			}
		});
		return trimmed;
	}

	/** A literal, a constant of this class, or {@code Other.CONSTANT}; else empty. */
	private static Constant value(String raw, String module, String type, Map<String, Constant> constants) {
		if (raw == null) {
			return new Constant(module, "\"\"");
		}
		if (raw.startsWith("\"")) {
			return new Constant(module, raw);
		}
		Constant constant = raw.contains(".") ? constants.get(raw) : constants.get(raw + "@" + type);
		return constant != null ? constant : new Constant(module, "\"\"");
	}

	private static String unquote(String literal) {
		return literal.substring(1, literal.length() - 1);
	}

	private interface SourceVisitor {

		void visit(String module, String type, String source) throws IOException;

	}

	private static void forEachSource(SourceVisitor visitor) throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				if (relative.getNameCount() > 1) {
					String type = file.getFileName().toString().replace(".java", "");
					visitor.visit(relative.getName(0).toString(), type, Files.readString(file));
				}
			}
		}
	}

}
