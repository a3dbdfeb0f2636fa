package com.broadsheet.content;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. CommonMark renders with raw HTML escaped and unsafe URLs
 * dropped; the result then passes an allow-list sanitizer (no script, no event handlers,
 * only http, https and mailto links), so even a renderer bug cannot let markup through.
 */
final class Markdown {

	/** Average adult silent reading speed for technical prose. */
	static final int WORDS_PER_MINUTE = 200;

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** Lets relative and in-page links through the sanitizer; never rendered. */
	private static final String BASE_URI = "https://broadsheet.invalid/";

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create(),
			HeadingAnchorExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private static final Safelist SAFELIST = Safelist.relaxed()
		.removeTags("img")
		.addTags("hr", "del", "s")
		.addAttributes("h1", "id")
		.addAttributes("h2", "id")
		.addAttributes("h3", "id")
		.addAttributes("h4", "id")
		.addAttributes("h5", "id")
		.addAttributes("h6", "id")
		.addAttributes("code", "class")
		.addAttributes("th", "align")
		.addAttributes("td", "align")
		.addProtocols("a", "href", "http", "https", "mailto", "#")
		.addEnforcedAttribute("a", "rel", "nofollow noopener")
		.preserveRelativeLinks(true);

	private Markdown() {
	}

	/** Renders and sanitizes; the result is safe to emit unescaped. */
	static String toSafeHtml(String markdown) {
		String html = RENDERER.render(PARSER.parse(markdown));
		Document dirty = Jsoup.parseBodyFragment(html, BASE_URI);
		Document clean = new Cleaner(SAFELIST).clean(dirty);
		clean.outputSettings().prettyPrint(false);
		return clean.body().html();
	}

	/** Whole minutes at {@value #WORDS_PER_MINUTE} words a minute, at least one. */
	static int readingMinutes(String markdown) {
		long words = WHITESPACE.splitAsStream(markdown)
			.filter(token -> token.codePoints().anyMatch(Character::isLetterOrDigit))
			.count();
		return (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
	}

}
