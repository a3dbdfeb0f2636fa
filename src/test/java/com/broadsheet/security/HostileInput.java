package com.broadsheet.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus in {@code src/test/resources/hostile/inputs.txt}, and what "inert" means.
 */
final class HostileInput {

	private HostileInput() {
	}

	static List<String> corpus() {
		try (InputStream in = HostileInput.class.getResourceAsStream("/hostile/inputs.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.replace("\\r", "\r").replace("\\n", "\n").replace("\\0", "\0"))
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * No script but our own files, no event handler, no script URL anywhere in the page.
	 */
	static void assertInert(Document page, String context) {
		for (Element element : page.getAllElements()) {
			if (element.normalName().equals("script")) {
				assertThat(element.attr("src")).as(context + ": only our own scripts").startsWith("/js/");
				assertThat(element.data()).as(context).isBlank();
			}
			assertThat(element.normalName()).as(context).isNotIn("iframe", "object", "embed");
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey().toLowerCase()).as(context + ": " + element.outerHtml())
					.doesNotStartWith("on");
				if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
					assertThat(attribute.getValue().strip().toLowerCase()).as(context).doesNotStartWith("javascript:");
				}
			}
		}
	}

}
