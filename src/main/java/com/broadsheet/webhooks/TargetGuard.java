package com.broadsheet.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.springframework.stereotype.Component;

/**
 * The SSRF guard: a webhook may only target a public address. The host is resolved and
 * every address it resolves to is checked, so neither a hostname nor an unusual spelling
 * of an address ({@code 0x7f.1}, {@code ::ffff:127.0.0.1}) gets past it.
 */
@Component
class TargetGuard {

	private final WebhookProperties properties;

	TargetGuard(WebhookProperties properties) {
		this.properties = properties;
	}

	/**
	 * @throws UnsafeTarget with a message fit to show the person who entered the URL
	 */
	void check(URI url) {
		if (url == null || url.getScheme() == null
				|| !(url.getScheme().equalsIgnoreCase("http") || url.getScheme().equalsIgnoreCase("https"))) {
			throw new UnsafeTarget("must be an http or https URL");
		}
		if (url.getHost() == null || url.getHost().isBlank()) {
			throw new UnsafeTarget("must name a host");
		}
		if (url.getUserInfo() != null) {
			throw new UnsafeTarget("must not contain credentials");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(url.getHost());
		}
		catch (UnknownHostException ex) {
			throw new UnsafeTarget("host '" + url.getHost() + "' does not resolve");
		}
		if (properties.allowPrivateTargets()) {
			return;
		}
		for (InetAddress address : addresses) {
			if (isPrivate(address)) {
				throw new UnsafeTarget(
						"points to a loopback, private or link-local address (" + address.getHostAddress()
								+ "); set broadsheet.webhooks.allow-private-targets=true to allow internal receivers");
			}
		}
	}

	static boolean isPrivate(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			return first == 0 // "this network"
					|| (first == 100 && second >= 64 && second <= 127) // carrier-grade
																		// NAT
					|| (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF
																				// protocol
																				// assignments
					|| (first == 198 && (second == 18 || second == 19)) // benchmarking
					|| first >= 240; // reserved and broadcast
		}
		if (address instanceof Inet6Address) {
			return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
		}
		return false;
	}

	/** A webhook URL that may not be called. */
	static class UnsafeTarget extends RuntimeException {

		UnsafeTarget(String message) {
			super(message);
		}

	}

}
