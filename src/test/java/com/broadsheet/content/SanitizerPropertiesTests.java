package com.broadsheet.content;

import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever an author writes, the Markdown pipeline's output holds nothing executable: no
 * script-capable element, no event handler, no script URL (jqwik, mixing hostile
 * fragments with random text).
 */
class SanitizerPropertiesTests {

	static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<svg onload=alert(1)>", "<iframe src=javascript:alert(1)>", "[x](javascript:alert(1))",
			"[x](JaVaScRiPt:alert(1))", "[x](java\tscript:alert(1))", "[x](&#106;avascript:alert(1))",
			"[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[x](vbscript:msgbox(1))",
			"<a href=\"javascript:alert(1)\">x</a>", "<div style=\"background:url(javascript:alert(1))\">",
			"<object data=x>", "<embed src=x>", "<form action=x><button>", "<math><mtext><table><mglyph><style>",
			"<details open ontoggle=alert(1)>", "<body onload=alert(1)>", "<base href=//evil.example>",
			"<meta http-equiv=refresh content=0;url=javascript:alert(1)>", "<style>*{x:expression(alert(1))}</style>",
			"`<script>`", "```html\n<script>alert(1)</script>\n```", "<!--<script>-->", "\"><script>alert(1)</script>",
			"<a href=x onmouseover=alert(1)>", "\u202e<script>", "<scr<script>ipt>alert(1)</scr</script>ipt>",
			"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<p id=\"x\" onclick=alert(1)>",
			"<h2 id=\"javascript:alert(1)\">t</h2>", "[x]( javascript:alert(1) )", "<a href='&#x6A;avascript:x'>x</a>");

	static final List<String> FORBIDDEN_ELEMENTS = List.of("script", "iframe", "object", "embed", "style", "img", "svg",
			"math", "form", "input", "button", "meta", "base", "link", "frame", "frameset", "noscript", "template");

	@Property(tries = 1500)
	void theOutputHoldsNothingExecutable(@ForAll("markdown") String markdown) {
		String html = Markdown.toSafeHtml(markdown);
		var document = Jsoup.parseBodyFragment(html);
		for (Element element : document.body().getAllElements()) {
			assertThat(FORBIDDEN_ELEMENTS).as(html).doesNotContain(element.normalName());
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				assertThat(name).as(html).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("srcdoc");
				if (name.equals("href") || name.equals("src") || name.equals("action")) {
					String url = attribute.getValue()
						.strip()
						.toLowerCase(Locale.ROOT)
						.replaceAll("[\\s\\x00-\\x1f]", "");
					assertThat(url).as(html)
						.doesNotStartWith("javascript:")
						.doesNotStartWith("vbscript:")
						.doesNotStartWith("data:");
				}
			}
		}
	}

	@Provide
	Arbitrary<String> markdown() {
		Arbitrary<String> hostile = Arbitraries.of(HOSTILE);
		Arbitrary<String> noise = Arbitraries.strings()
			.withChars("<>\"'`=/:;&#()[]!*_-\\ \nabcjsxpt0129")
			.ofMaxLength(40);
		return Arbitraries.oneOf(hostile, noise).list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
	}

}
