package com.broadsheet.content;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.broadsheet.web.SiteProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed, expiring links to an article as it is saved now, for people without an account.
 * A link names the article and its expiry and carries an HMAC-SHA256 of both under a key
 * every instance shares; nothing is stored per link, so a link cannot be revoked before
 * it expires (rotate the key to end them all).
 */
@Service
@EnableConfigurationProperties(PreviewLinkProperties.class)
public class PreviewLinks {

	static final String KEY_NAME = "preview-links";

	private static final Pattern TOKEN = Pattern.compile("(\\d{1,18})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})");

	private final ArticleEditor editor;

	private final JdbcClient jdbc;

	private final PreviewLinkProperties properties;

	private final SiteProperties site;

	private final Clock clock;

	private volatile byte[] key;

	PreviewLinks(ArticleEditor editor, JdbcClient jdbc, PreviewLinkProperties properties, SiteProperties site,
			Clock clock) {
		this.editor = editor;
		this.jdbc = jdbc;
		this.properties = properties;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * @throws ArticleNotFound if there is no such article
	 * @throws NotYourArticle (403) if the actor may not change it
	 */
	@Transactional
	public PreviewLink create(long articleId, Actor actor) {
		editor.editable(articleId, actor);
		long expires = clock.instant().plus(properties.lifetime()).getEpochSecond();
		String token = articleId + "." + expires + "." + sign(articleId, expires);
		return new PreviewLink(site.absolute(ArticlePaths.preview(token)), Instant.ofEpochSecond(expires));
	}

	/**
	 * The article a link shows, as it is saved now, dated as it would be if published
	 * now.
	 * @throws ArticleNotFound for a link that is not genuine, or whose article is gone
	 * @throws PreviewLinkExpired for a genuine link past its expiry
	 */
	@Transactional
	public ArticleDetail open(String token) {
		Matcher parts = TOKEN.matcher(token == null ? "" : token);
		if (!parts.matches()) {
			throw new ArticleNotFound("preview");
		}
		long articleId = Long.parseLong(parts.group(1));
		long expires = Long.parseLong(parts.group(2));
		byte[] expected = sign(articleId, expires).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, parts.group(3).getBytes(StandardCharsets.US_ASCII))) {
			throw new ArticleNotFound("preview");
		}
		if (clock.instant().getEpochSecond() >= expires) {
			throw new PreviewLinkExpired();
		}
		ArticleView article = editor.get(articleId);
		Instant dated = article.publishedAt() != null ? article.publishedAt() : clock.instant();
		return new ArticleDetail(article.id(), article.slug(), article.title(), article.summary(), article.category(),
				article.author(), article.tags(), article.readingMinutes(), dated, article.updatedAt(),
				article.bodyHtml(), article.cover());
	}

	private String sign(long articleId, long expires) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			byte[] signature = mac.doFinal(("preview\n" + articleId + "\n" + expires).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The configured key, or the one in PostgreSQL: the first instance to need it stores
	 * a random one, and every other instance then reads that one.
	 */
	private byte[] key() {
		byte[] known = key;
		if (known != null) {
			return known;
		}
		if (properties.key() != null && !properties.key().isBlank()) {
			known = properties.key().getBytes(StandardCharsets.UTF_8);
		}
		else {
			byte[] candidate = new byte[32];
			new SecureRandom().nextBytes(candidate);
			jdbc.sql("insert into content_signing_key (name, secret) values (?, ?) on conflict (name) do nothing")
				.params(KEY_NAME, candidate)
				.update();
			known = jdbc.sql("select secret from content_signing_key where name = ?")
				.param(KEY_NAME)
				.query(byte[].class)
				.single();
		}
		key = known;
		return known;
	}

}
