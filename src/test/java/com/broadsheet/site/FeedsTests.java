package com.broadsheet.site;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds and the sitemap, parsed as namespace-aware XML and checked against their specs.
 */
@BroadsheetTest
class FeedsTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleEditor editor;

	@Autowired
	Taxonomy taxonomy;

	Http http;

	XPath xpath;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		xpath = XPathFactory.newInstance().newXPath();
		xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
			public String getNamespaceURI(String prefix) {
				return switch (prefix) {
					case "a" -> "http://www.w3.org/2005/Atom";
					case "s" -> "http://www.sitemaps.org/schemas/sitemap/0.9";
					case "dc" -> "http://purl.org/dc/elements/1.1/";
					default -> null;
				};
			}

			public String getPrefix(String uri) {
				return null;
			}

			public java.util.Iterator<String> getPrefixes(String uri) {
				return null;
			}
		});
	}

	@Test
	void atomFeedIsValidAtom() throws Exception {
		ArticleView newest = new ArticleFixtures(editor, taxonomy).publishedArticle()
			.titled("Feed <check> & \"quotes\" " + ArticleFixtures.unique())
			.create();
		Http.Response response = http.get("/feed.xml");
		assertThat(response.header("Content-Type")).startsWith("application/atom+xml");
		Document feed = parse(response.body());
		assertThat(text(feed, "/a:feed/a:title")).isEqualTo("Broadsheet");
		assertThat(text(feed, "/a:feed/a:id")).isEqualTo("http://localhost:8080/");
		OffsetDateTime.parse(text(feed, "/a:feed/a:updated"));
		assertThat(text(feed, "/a:feed/a:link[@rel='self']/@href")).isEqualTo("http://localhost:8080/feed.xml");
		NodeList entries = nodes(feed, "/a:feed/a:entry");
		assertThat(entries.getLength()).isEqualTo(20);
		for (int i = 0; i < entries.getLength(); i++) {
			Node entry = entries.item(i);
			for (String required : List.of("a:id", "a:title", "a:updated", "a:author/a:name", "a:summary")) {
				assertThat(text(entry, required)).as(required).isNotBlank();
			}
			OffsetDateTime.parse(text(entry, "a:updated"));
			assertThat(text(entry, "a:link[@rel='alternate']/@href")).startsWith("http://localhost:8080/blog/");
		}
		assertThat(text(entries.item(0), "a:title")).isEqualTo(newest.title());
	}

	@Test
	void rssFeedIsValidRss2() throws Exception {
		Http.Response response = http.get("/rss.xml");
		assertThat(response.header("Content-Type")).startsWith("application/rss+xml");
		Document rss = parse(response.body());
		assertThat(text(rss, "/rss/@version")).isEqualTo("2.0");
		for (String required : List.of("title", "link", "description")) {
			assertThat(text(rss, "/rss/channel/" + required)).isNotBlank();
		}
		assertThat(text(rss, "/rss/channel/a:link/@href")).isEqualTo("http://localhost:8080/rss.xml");
		NodeList items = nodes(rss, "/rss/channel/item");
		assertThat(items.getLength()).isEqualTo(20);
		List<ZonedDateTime> dates = new ArrayList<>();
		for (int i = 0; i < items.getLength(); i++) {
			Node item = items.item(i);
			assertThat(text(item, "title")).isNotBlank();
			assertThat(text(item, "link")).isEqualTo(text(item, "guid"));
			assertThat(text(item, "dc:creator")).isNotBlank();
			dates.add(ZonedDateTime.parse(text(item, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME));
		}
		assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void sitemapListsHomeTermsAndEveryPublishedArticle() throws Exception {
		ArticleView draft = new ArticleFixtures(editor, taxonomy).draftArticle().create();
		Http.Response response = http.get("/sitemap.xml");
		assertThat(response.header("Content-Type")).startsWith("application/xml");
		Document sitemap = parse(response.body());
		NodeList locs = nodes(sitemap, "/s:urlset/s:url/s:loc");
		List<String> urls = new ArrayList<>();
		for (int i = 0; i < locs.getLength(); i++) {
			urls.add(locs.item(i).getTextContent());
		}
		assertThat(urls)
			.contains("http://localhost:8080/", "http://localhost:8080/category/architecture",
					"http://localhost:8080/author/maya-lindqvist",
					"http://localhost:8080/blog/the-modular-monolith-boundaries-before-services")
			.doesNotContain("http://localhost:8080/blog/" + draft.slug())
			.doesNotHaveDuplicates();
	}

	@Test
	void robotsTxtKeepsCrawlersOutOfTheAdminAndPointsAtTheSitemap() {
		Http.Response response = http.get("/robots.txt");
		assertThat(response.header("Content-Type")).startsWith("text/plain");
		assertThat(response.body()).contains("User-agent: *", "Disallow: /admin",
				"Sitemap: http://localhost:8080/sitemap.xml");
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private String text(Object node, String path) throws Exception {
		return (String) xpath.evaluate(path, node, XPathConstants.STRING);
	}

	private NodeList nodes(Object node, String path) throws Exception {
		return (NodeList) xpath.evaluate(path, node, XPathConstants.NODESET);
	}

}
