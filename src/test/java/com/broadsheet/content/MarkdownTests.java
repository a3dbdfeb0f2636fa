package com.broadsheet.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	@Test
	void rendersCommonMarkWithHeadingIdsTablesAndNestedLists() {
		String html = Markdown.toSafeHtml("""
				## Hello World

				- a
				  - b

				| x | y |
				|---|---|
				| 1 | 2 |

				See https://example.com and [docs](/blog/other#part).
				""");
		assertThat(html).contains("<h2 id=\"h-hello-world\">Hello World</h2>")
			.contains("<ul>\n<li>a\n<ul>\n<li>b</li>")
			.contains("<table>")
			.contains("<a href=\"https://example.com\" rel=\"nofollow noopener\">")
			.contains("<a href=\"/blog/other#part\" rel=\"nofollow noopener\">docs</a>");
	}

	@Test
	void headingIdsCannotTakeTheIdsOfThePageAroundTheBody() {
		Document html = Jsoup.parseBodyFragment(Markdown.toSafeHtml("""
				## Share URL

				## Main

				## Lets talk

				See [the link box](#share-url), [the form](#lets-talk-form), [Über](#über) and [top](#).

				### Über
				"""));
		assertThat(html.select("h2, h3").eachAttr("id")).containsExactly("h-share-url", "h-main", "h-lets-talk",
				"h-über");
		assertThat(html.select("a").eachAttr("href")).as("in-page links follow their headings; others stay")
			.containsExactly("#h-share-url", "#lets-talk-form", "#h-über", "#");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
			"[x](JaVaScRiPt:alert(1))", "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=//evil></iframe>",
			"![x](javascript:alert(1))", "[x](data:text/html;base64,PHNjcmlwdD4=)", "<svg onload=alert(1)>",
			"<div style=\"background:url(javascript:alert(1))\">x</div>" })
	void neutralisesExecutableContent(String hostile) {
		Document html = Jsoup.parseBodyFragment(Markdown.toSafeHtml(hostile));
		assertThat(html.select("script, img, iframe, svg, object, embed, style")).isEmpty();
		for (Element element : html.body().getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).doesNotStartWith("on").isNotEqualTo("style");
			}
		}
		assertThat(html.select("a[href]").eachAttr("href")).allSatisfy(
				href -> assertThat(href.toLowerCase()).doesNotStartWith("javascript:").doesNotStartWith("data:"));
	}

	@Test
	void countsReadingTimeAtTwoHundredWordsAMinute() {
		assertThat(Markdown.readingMinutes("word")).isEqualTo(1);
		assertThat(Markdown.readingMinutes("word ".repeat(200))).isEqualTo(1);
		assertThat(Markdown.readingMinutes("word ".repeat(201))).isEqualTo(2);
		assertThat(Markdown.readingMinutes("word ".repeat(1600) + " - ## **")).isEqualTo(8);
	}

}
