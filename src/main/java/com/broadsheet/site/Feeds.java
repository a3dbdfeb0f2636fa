package com.broadsheet.site;

import com.broadsheet.content.ArticlePaths;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.broadsheet.content.ArticleCatalog;
import com.broadsheet.content.ArticleLocation;
import com.broadsheet.content.ArticleSummary;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.content.Term;
import com.broadsheet.content.TermKind;
import com.broadsheet.web.SiteProperties;
import com.broadsheet.content.SurrogateKeys;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Atom and RSS 2.0 feeds, the sitemap and robots.txt, written with a streaming XML writer
 * so every value is escaped by construction.
 */
@Controller
class Feeds {

	static final int FEED_SIZE = 20;

	/** The sitemap protocol's limit for one file. */
	static final int SITEMAP_LIMIT = 50_000;

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

	private static final String DC_NS = "http://purl.org/dc/elements/1.1/";

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

	private final ArticleCatalog catalog;

	private final Taxonomy taxonomy;

	private final SiteProperties site;

	Feeds(ArticleCatalog catalog, Taxonomy taxonomy, SiteProperties site) {
		this.catalog = catalog;
		this.taxonomy = taxonomy;
		this.site = site;
	}

	@FunctionalInterface
	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	@GetMapping("/feed.xml")
	ResponseEntity<byte[]> atom() {
		List<ArticleSummary> articles = catalog.latest(FEED_SIZE);
		return xml(ATOM, SurrogateKeys.FEEDS, xml -> {
			xml.setDefaultNamespace(ATOM_NS);
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM_NS);
			text(xml, "title", site.name());
			text(xml, "subtitle", site.description());
			link(xml, site.absolute("/feed.xml"), "self", "application/atom+xml");
			link(xml, site.absolute("/"), "alternate", "text/html");
			text(xml, "id", site.absolute("/"));
			text(xml, "updated", rfc3339(
					articles.stream().map(ArticleSummary::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH)));
			for (ArticleSummary article : articles) {
				String url = site.absolute(ArticlePaths.of(article.slug()));
				xml.writeStartElement("entry");
				text(xml, "title", article.title());
				link(xml, url, "alternate", "text/html");
				text(xml, "id", url);
				text(xml, "published", rfc3339(article.publishedAt()));
				text(xml, "updated", rfc3339(article.updatedAt()));
				xml.writeStartElement("author");
				text(xml, "name", article.author().name());
				text(xml, "uri", site.absolute("/author/" + article.author().slug()));
				xml.writeEndElement();
				xml.writeEmptyElement("category");
				xml.writeAttribute("term", article.category().slug());
				xml.writeAttribute("label", article.category().name());
				text(xml, "summary", article.summary());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	@GetMapping("/rss.xml")
	ResponseEntity<byte[]> rss() {
		List<ArticleSummary> articles = catalog.latest(FEED_SIZE);
		return xml(RSS, SurrogateKeys.FEEDS, xml -> {
			xml.setPrefix("atom", ATOM_NS);
			xml.setPrefix("dc", DC_NS);
			xml.writeStartElement("rss");
			xml.writeAttribute("version", "2.0");
			xml.writeNamespace("atom", ATOM_NS);
			xml.writeNamespace("dc", DC_NS);
			xml.writeStartElement("channel");
			text(xml, "title", site.name());
			text(xml, "link", site.absolute("/"));
			text(xml, "description", site.description());
			text(xml, "language", "en");
			xml.writeEmptyElement(ATOM_NS, "link");
			xml.writeAttribute("href", site.absolute("/rss.xml"));
			xml.writeAttribute("rel", "self");
			xml.writeAttribute("type", "application/rss+xml");
			if (!articles.isEmpty()) {
				text(xml, "lastBuildDate", rfc822(articles.getFirst().publishedAt()));
			}
			for (ArticleSummary article : articles) {
				String url = site.absolute(ArticlePaths.of(article.slug()));
				xml.writeStartElement("item");
				text(xml, "title", article.title());
				text(xml, "link", url);
				xml.writeStartElement("guid");
				xml.writeAttribute("isPermaLink", "true");
				xml.writeCharacters(url);
				xml.writeEndElement();
				text(xml, "pubDate", rfc822(article.publishedAt()));
				xml.writeStartElement(DC_NS, "creator");
				xml.writeCharacters(article.author().name());
				xml.writeEndElement();
				text(xml, "category", article.category().name());
				text(xml, "description", article.summary());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
		});
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap() {
		List<ArticleLocation> articles = catalog.locations();
		return xml(XML, SurrogateKeys.SITEMAP, xml -> {
			String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
			xml.setDefaultNamespace(ns);
			xml.writeStartElement("urlset");
			xml.writeDefaultNamespace(ns);
			int written = 0;
			url(xml, site.absolute("/"), articles.isEmpty() ? null : articles.getFirst().updatedAt());
			url(xml, site.absolute("/contact"), null);
			written += 2;
			for (TermKind kind : TermKind.values()) {
				for (Term term : taxonomy.list(kind)) {
					if (term.publishedCount() > 0 && written < SITEMAP_LIMIT) {
						url(xml, site.absolute("/" + kind.label() + "/" + term.slug()), null);
						written++;
					}
				}
			}
			for (ArticleLocation article : articles) {
				if (written++ >= SITEMAP_LIMIT) {
					break;
				}
				url(xml, site.absolute(ArticlePaths.of(article.slug())), article.updatedAt());
			}
			xml.writeEndElement();
		});
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String body = """
				User-agent: *
				Disallow: /admin
				Disallow: /login
				Disallow: /api/v1/admin/
				Allow: /

				Sitemap: %s
				""".formatted(site.absolute("/sitemap.xml"));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header(SurrogateKeys.HEADER, SurrogateKeys.STATIC)
			.body(body);
	}

	private static void url(XMLStreamWriter xml, String loc, Instant lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		text(xml, "loc", loc);
		if (lastModified != null) {
			text(xml, "lastmod", rfc3339(lastModified));
		}
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String href, String rel, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("href", href);
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
	}

	private static String rfc3339(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	private static String rfc822(Instant instant) {
		return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
	}

	private static ResponseEntity<byte[]> xml(MediaType type, String surrogateKey, Body body) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
		try {
			XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(bytes, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write XML", ex);
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(SurrogateKeys.HEADER, surrogateKey)
			.body(bytes.toByteArray());
	}

}
