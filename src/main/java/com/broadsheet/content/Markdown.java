package com.broadsheet.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. CommonMark renders with raw HTML escaped and unsafe URLs
 * dropped; the result then passes an allow-list sanitizer (no script, no event handlers,
 * only http, https and mailto links), so even a renderer bug cannot let markup through.
 * Heading ids start with {@value #HEADING_ID_PREFIX}, which no id of the page around the
 * body does, so a heading cannot take the id the page's own script or labels rely on (a
 * heading "Share URL" would otherwise be {@code share-url}, the copy-link box); in-page
 * links written the way people write them ({@code [see below](#share-url)}) are pointed
 * at the prefixed id.
 */
final class Markdown {

	/** Average adult silent reading speed for technical prose. */
	static final int WORDS_PER_MINUTE = 200;

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** Lets relative and in-page links through the sanitizer; never rendered. */
	private static final String BASE_URI = "https://broadsheet.invalid/";

	static final String HEADING_ID_PREFIX = "h-";

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create(),
			HeadingAnchorExtension.builder().idPrefix(HEADING_ID_PREFIX).build());

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
		pointInPageLinksAtHeadings(clean);
		clean.outputSettings().prettyPrint(false);
		return clean.body().html();
	}

	private static void pointInPageLinksAtHeadings(Document html) {
		for (Element link : html.select("a[href^=#]")) {
			String target = HEADING_ID_PREFIX + fragment(link.attr("href"));
			if (!target.equals(HEADING_ID_PREFIX) && html.getElementById(target) != null) {
				link.attr("href", "#" + target);
			}
		}
	}

	/**
	 * The decoded fragment of {@code #…} (CommonMark percent-encodes what is not ASCII).
	 */
	private static String fragment(String href) {
		try {
			return URLDecoder.decode(href.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return href.substring(1);
		}
	}

	/** Whole minutes at {@value #WORDS_PER_MINUTE} words a minute, at least one. */
	static int readingMinutes(String markdown) {
		long words = WHITESPACE.splitAsStream(markdown)
			.filter(token -> token.codePoints().anyMatch(Character::isLetterOrDigit))
			.count();
		return (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
	}

}
