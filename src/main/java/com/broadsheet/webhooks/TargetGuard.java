package com.broadsheet.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;

import org.springframework.stereotype.Component;

/**
 * The SSRF guard: a webhook may only target a public address. The host is resolved and
 * every address it resolves to is checked, so neither a hostname nor an unusual spelling
 * of an address ({@code 0x7f.1}, {@code ::ffff:127.0.0.1}, {@code 64:ff9b::a00:1}) gets
 * past it. The address checked is the one the attempt then connects to (see
 * {@link Target}): a name that answers differently a moment later (DNS rebinding) changes
 * nothing.
 * <p>
 * Refusals never say which address a name resolved to: they are shown to editors, and the
 * internal layout of the network is none of theirs.
 */
@Component
class TargetGuard {

	static final String INTERNAL = "resolves to a loopback, private or link-local address; "
			+ "set broadsheet.webhooks.allow-private-targets=true to allow internal receivers";

	private final WebhookProperties properties;

	TargetGuard(WebhookProperties properties) {
		this.properties = properties;
	}

	/**
	 * Where one attempt goes: the URL (its host name is sent as {@code Host} and checked
	 * against the TLS certificate) and the checked address to connect to.
	 */
	record Target(URI url, InetAddress address) {
	}

	/**
	 * @return the URL with the address it is to be reached at
	 * @throws UnsafeTarget with a message fit to show the person who entered the URL
	 */
	Target check(URI url) {
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
		if (!properties.allowPrivateTargets() && Arrays.stream(addresses).anyMatch(TargetGuard::isPrivate)) {
			throw new UnsafeTarget(INTERNAL);
		}
		return new Target(url, addresses[0]);
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
																				// assignments
					|| (first == 198 && (second == 18 || second == 19)) // benchmarking
					|| first >= 240; // reserved and broadcast
		}
		if (address instanceof Inet6Address) {
			return (bytes[0] & 0xfe) == 0xfc // unique local fc00::/7
					|| startsWith(bytes, 0x00, 0x64, 0xff, 0x9b, 0x00, 0x01) // local-use
																				// NAT64
					|| embeddedIpv4(bytes) instanceof InetAddress ipv4 && isPrivate(ipv4);
		}
		return false;
	}

	/**
	 * The IPv4 address inside an IPv6 one that routes to it: IPv4-mapped
	 * ({@code ::ffff:0:0/96}), IPv4-compatible ({@code ::/96}), NAT64
	 * ({@code 64:ff9b::/96}) and 6to4 ({@code 2002::/16}); {@code null} for any other.
	 */
	private static InetAddress embeddedIpv4(byte[] ipv6) {
		if (startsWith(ipv6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff)
				|| startsWith(ipv6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
				|| startsWith(ipv6, 0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0)) {
			return ipv4(Arrays.copyOfRange(ipv6, 12, 16));
		}
		if (startsWith(ipv6, 0x20, 0x02)) {
			return ipv4(Arrays.copyOfRange(ipv6, 2, 6));
		}
		return null;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xff) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static InetAddress ipv4(byte[] bytes) {
		try {
			return InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("four bytes are always an IPv4 address", ex);
		}
	}

	/** A webhook URL that may not be called. */
	static class UnsafeTarget extends RuntimeException {

		UnsafeTarget(String message) {
			super(message);
		}

	}

}
