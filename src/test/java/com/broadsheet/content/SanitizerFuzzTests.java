package com.broadsheet.content;

import java.util.Locale;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Jazzer fuzz target for the Markdown pipeline. The build runs it in regression mode over
 * the seed corpus in {@code src/test/resources/.../SanitizerFuzzTestsInputs}; to fuzz for
 * real, run {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=SanitizerFuzzTests} (findings land in
 * that directory and become regression inputs).
 */
class SanitizerFuzzTests {

	@FuzzTest(maxDuration = "30s")
	void sanitizedMarkdownHoldsNothingExecutable(FuzzedDataProvider data) {
		String markdown = data.consumeRemainingAsString();
		String html = Markdown.toSafeHtml(markdown);
		for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
			if (SanitizerPropertiesTests.FORBIDDEN_ELEMENTS.contains(element.normalName())) {
				throw new AssertionError("forbidden element <" + element.normalName() + "> in " + html);
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
				if (name.startsWith("on") || name.equals("style")
						|| ((name.equals("href") || name.equals("src")) && (value.startsWith("javascript:")
								|| value.startsWith("vbscript:") || value.startsWith("data:")))) {
					throw new AssertionError("executable attribute " + attribute + " in " + html);
				}
			}
		}
	}

}
