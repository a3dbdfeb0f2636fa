package com.broadsheet.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code Broadsheet-Signature: sha256=<hex>}, the HMAC-SHA256 of
 * {@code <Broadsheet-Timestamp> + "." + <body>} keyed with the endpoint's secret.
 * Including the timestamp lets receivers reject replays of old deliveries.
 */
final class Signatures {

	static final String SCHEME = "sha256=";

	private Signatures() {
	}

	static String sign(String secret, long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return SCHEME + HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

}
